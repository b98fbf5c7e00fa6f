import type { Weekday } from '../../values/schedule/schedule-values';

/**
 * The opening-hours calendar scheduling owns and replicates (NATS KV bucket `<prefix>_schedules`, key
 * `unit.<code>`), so intake can check after-hours reception while scheduling is down. Structurally the
 * working-days library's SessionRule / DeskHours / ThemeDayRule.
 */
export const SCHEDULES_BUCKET = 'schedules';
export const unitScheduleKey = (unitCode: string): string => `unit.${unitCode}`;

export interface SessionRecord {
  id: string;
  unitCode: string;
  name: string;
  weekdays: Weekday[];
  onDaysOff: boolean;
  start: string;
  end: string;
  validFrom: string;
  validTo: string | null;
  closedOn: string[];
  /** null: procedures flagged afterHoursEligible in the catalogue, else same-day ones. */
  eligibleProcedures: string[] | null;
  slotMinutes: number;
  slotCapacity: number;
  /** How many days ahead citizens may book. */
  bookingWindowDays: number;
  /** Bookings one person may hold on one day. */
  perPersonDailyLimit: number;
  roster: { staffId: string; duty: string }[];
  version: number;
}

export const THEME_DAY_KINDS = ['no-appointment', 'no-writing', 'online-paperless'] as const;
export type ThemeDayKind = (typeof THEME_DAY_KINDS)[number];

export interface ThemeDayRecord {
  id: string;
  unitCode: string;
  theme: ThemeDayKind;
  weekdays: Weekday[];
  validFrom: string;
  validTo: string | null;
  procedures: string[] | null;
}

export interface UnitScheduleRecord {
  unitCode: string;
  deskHours: { windows: { start: string; end: string }[] };
  sessions: SessionRecord[];
  themeDays: ThemeDayRecord[];
  /** When scheduling took this copy from its tables. */
  updatedAt: string;
}
