// The gateway's shapes this screen reads (libs/contracts: unit-schedule, queue-stats, take-queue-ticket, desk-bookings).

export interface SessionRecord {
  id: string;
  unitCode: string;
  name: string;
  weekdays: string[];
  onDaysOff: boolean;
  start: string;
  end: string;
  validFrom: string;
  validTo: string | null;
  closedOn: string[];
  /** null: the catalogue's afterHoursEligible flags, else same-day procedures. */
  eligibleProcedures: string[] | null;
  slotMinutes: number;
  slotCapacity: number;
  bookingWindowDays: number;
  perPersonDailyLimit: number;
  roster: { staffId: string; duty: string }[];
  version: number;
}

export interface ThemeDayRecord {
  id: string;
  unitCode: string;
  theme: 'no-appointment' | 'no-writing' | 'online-paperless';
  weekdays: string[];
  validFrom: string;
  validTo: string | null;
  procedures: string[] | null;
}

export interface SessionOccurrence {
  sessionId: string;
  name: string;
  startsAt: string;
  endsAt: string;
}

export interface OpeningDay {
  date: string;
  workingDay: boolean;
  dayKind: string;
  dayName: string | null;
  deskWindows: { start: string; end: string }[];
  sessions: SessionOccurrence[];
  themes: { theme: ThemeDayRecord['theme']; procedures: string[] | null }[];
}

export interface UnitSchedule {
  unitCode: string;
  unitName: string;
  deskHours: { windows: { start: string; end: string }[] };
  sessions: SessionRecord[];
  themeDays: ThemeDayRecord[];
  days: OpeningDay[];
}

export type TicketStatus = 'waiting' | 'called' | 'served' | 'skipped';

export interface QueueTicket {
  ticketId: string;
  unitCode: string;
  counterCode: string;
  day: string;
  number: number;
  status: TicketStatus;
  takenAt: string;
  calledAt: string | null;
  finishedAt: string | null;
  waitingAhead: number;
}

export interface CounterStats {
  counterCode: string;
  taken: number;
  waiting: number;
  called: number;
  served: number;
  skipped: number;
  averageWaitMinutes: number | null;
  maxWaitMinutes: number | null;
  averageServiceMinutes: number | null;
  longestCurrentWaitMinutes: number | null;
  nowServing: number | null;
}

export interface QueueStats {
  unitCode: string;
  date: string;
  counters: CounterStats[];
}

export interface DeskBooking {
  bookingCode: string;
  status: string;
  unitCode: string;
  deskName: string;
  sessionId: string;
  sessionName: string;
  slotStart: string;
  slotEnd: string;
  procedureCode: string | null;
  citizen: { fullName: string; phone: string };
  bookedAt: string;
}

/** GET /api/public/procedures (what a clerk may read of the catalogue). */
export interface PublicProcedure {
  code: string;
  name: string;
  field: string;
  timeLimit: { value: number; unit: string };
}

/** GET /api/admin/catalogue/procedures (administrators): the flags as well. */
export interface CatalogueProcedure extends PublicProcedure {
  afterHoursEligible?: boolean;
  sameDayCutOff?: string;
}
