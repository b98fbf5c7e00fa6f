import { ClockTime } from '../time/vietnam-time';

/** How a procedure states its time limit (the catalogue's DonViTinh). */
export type TimeLimitUnit = 'working-days' | 'days' | 'hours' | 'same-day';

export interface TimeLimit {
  /** Ignored for 'same-day'; a non-negative integer for day units; non-negative for hours. */
  readonly value: number;
  readonly unit: TimeLimitUnit;
}

/** A span of working hours within a day, Vietnam time, e.g. { start: '07:30', end: '11:30' }. */
export interface WorkingWindow {
  readonly start: ClockTime;
  readonly end: ClockTime;
}

/** Office hours used to count 'hours' limits: 07:30–11:30 and 13:30–17:00 [K, per province]. */
export const DEFAULT_WORKING_WINDOWS: readonly WorkingWindow[] = Object.freeze([
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
]);

/** Same-day dossiers received after this time are due the next working day (DOMAIN.md §1.3). */
export const DEFAULT_SAME_DAY_CUTOFF: ClockTime = '15:00';

/** Day-unit appointments fall at close of business on the due day. */
export const DEFAULT_CLOSE_OF_BUSINESS: ClockTime = '17:00';
