// The gateway's shapes the administration screens read (identity staff-admin, routing catalogue, scheduling calendar).

export const STAFF_ROLES = ['desk-clerk', 'after-hours-clerk', 'office-handler', 'office-head', 'unit-admin', 'province-admin', 'auditor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffView {
  id: string;
  username: string;
  displayName: string;
  unitCode: string;
  roles: StaffRole[];
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StaffPage {
  items: StaffView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface StaffWithTemporaryPassword {
  staff: StaffView;
  temporaryPassword: string;
}

export interface ProcedureRecord {
  code: string;
  name: string;
  field: string;
  competence: string;
  timeLimit: { value: number; unit: string };
  feeVnd: number;
  validFrom: string;
  validTo: string | null;
  localCode?: string;
  sameDayCutOff?: string;
  onlineLevel?: string;
  postalEligible?: boolean;
  afterHoursEligible?: boolean;
  documents: { code: string; name: string }[];
}

export interface CatalogueExport {
  on: string | null;
  procedures: ProcedureRecord[];
  bundles: { code: string; name: string; procedureCodes: string[] }[];
}

export interface ImportReport {
  dryRun: boolean;
  inserted: string[];
  updated: string[];
  unchanged: number;
  closed: string[];
}

export type CalendarDayKind = 'holiday' | 'compensatory' | 'official-day-off' | 'provincial-day-off' | 'swap-workday';

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface CalendarYear {
  year: number;
  provinceCode: string | null;
  basis: 'official' | 'projected';
  source: string;
  days: CalendarDay[];
  workingDays: number;
}

export interface NamedDay {
  date: string;
  name: string;
}

export interface SetOfficialYearBody {
  source: string;
  statutoryHolidays: NamedDay[];
  extraDaysOff: NamedDay[];
  swapWorkdays: NamedDay[];
}

export interface SetProvinceDaysBody {
  source: string;
  days: { date: string; kind: 'day-off' | 'swap-workday'; name: string }[];
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const THEME_KINDS = ['no-appointment', 'no-writing', 'online-paperless'] as const;
export type ThemeKind = (typeof THEME_KINDS)[number];

export interface SaveSessionBody {
  unitCode: string;
  name: string;
  weekdays: Weekday[];
  onDaysOff: boolean;
  start: string;
  end: string;
  validFrom: string;
  validTo?: string;
  closedOn?: string[];
  eligibleProcedures?: string[];
  slotMinutes: number;
  slotCapacity: number;
  bookingWindowDays?: number;
  perPersonDailyLimit?: number;
  roster: { staffId: string; duty: string }[];
}

export interface SessionRecord extends Omit<SaveSessionBody, 'validTo' | 'closedOn' | 'eligibleProcedures'> {
  id: string;
  validTo: string | null;
  closedOn: string[];
  eligibleProcedures: string[] | null;
  bookingWindowDays: number;
  perPersonDailyLimit: number;
  version: number;
}

export interface ThemeDayInput {
  theme: ThemeKind;
  weekdays: Weekday[];
  validFrom: string;
  validTo?: string;
  procedures?: string[];
}

export interface ThemeDayRecord extends Omit<ThemeDayInput, 'validTo' | 'procedures'> {
  id: string;
  unitCode: string;
  validTo: string | null;
  procedures: string[] | null;
}

export interface UnitSchedule {
  unitCode: string;
  unitName: string;
  sessions: SessionRecord[];
  themeDays: ThemeDayRecord[];
}
