import { assertIsoDay, IsoDay } from './iso-day';

/**
 * Vietnam civil time is Asia/Ho_Chi_Minh, a fixed UTC+7 with no DST, so plain offset arithmetic on
 * Date instants is exact and does not depend on the host's time zone or ICU data.
 */
export const VIETNAM_UTC_OFFSET_MS = 7 * 3_600_000;

/** A wall-clock time in Vietnam, 'HH:MM' (24 h). '24:00' is accepted as the end of the day. */
export type ClockTime = string;

const DAY_MS = 86_400_000;
const CLOCK = /^(\d{2}):(\d{2})$/;

/** Milliseconds since local midnight for an 'HH:MM' clock time. */
export function parseClockTime(time: ClockTime): number {
  const match = CLOCK.exec(time);
  if (match) {
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    const ms = (hours * 60 + minutes) * 60_000;
    if (minutes < 60 && ms <= DAY_MS) return ms;
  }
  throw new RangeError(`Not a valid clock time (HH:MM): ${JSON.stringify(time)}`);
}

export function assertValidInstant(instant: Date, what = 'instant'): Date {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`Invalid ${what}: ${String(instant)}`);
  }
  return instant;
}

/** The Vietnam calendar day an instant falls on. */
export function vietnamDayOf(instant: Date): IsoDay {
  assertValidInstant(instant);
  return new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds elapsed since midnight, Vietnam time. */
export function vietnamTimeOfDayMs(instant: Date): number {
  assertValidInstant(instant);
  const shifted = instant.getTime() + VIETNAM_UTC_OFFSET_MS;
  return ((shifted % DAY_MS) + DAY_MS) % DAY_MS;
}

/** The instant at `msOfDay` after midnight (Vietnam time) on `day`. */
export function vietnamInstantAtMs(day: IsoDay, msOfDay: number): Date {
  const midnightUtc = Date.parse(`${assertIsoDay(day)}T00:00:00Z`);
  return new Date(midnightUtc - VIETNAM_UTC_OFFSET_MS + msOfDay);
}

/** The instant of a Vietnam wall-clock time on a day, e.g. ('2026-02-25', '17:00') → 10:00Z. */
export function vietnamInstant(day: IsoDay, time: ClockTime = '00:00'): Date {
  return vietnamInstantAtMs(day, parseClockTime(time));
}
