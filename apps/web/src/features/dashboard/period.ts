// Report periods and the buckets of the trend chart. Days are Vietnam calendar days written YYYY-MM-DD (the
// gateway's `from` / `to`), computed in UTC arithmetic so the reader's own time zone never shifts a day.
import { SERIES_GROUPINGS, type SeriesGrouping } from './types';

export type IsoDay = string;
/** The trend's buckets, as the statistics group a period (groupBy=month|week). */
export type Granularity = SeriesGrouping;
export const GRANULARITIES: readonly Granularity[] = SERIES_GROUPINGS;

export const PRESETS = ['this-month', 'last-month', 'this-quarter', 'last-6-months', 'this-year', 'last-8-weeks', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/** The gateway's longest period (tracking MAX_PERIOD_DAYS). */
export const MAX_PERIOD_DAYS = 1_100;
/** Most bars a trend chart draws (all from one statistics call grouped by month or week). */
export const MAX_BUCKETS: Readonly<Record<Granularity, number>> = { month: 24, week: 26 };

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Period {
  from: IsoDay;
  to: IsoDay;
  granularity: Granularity;
}

export interface Bucket {
  /** Stable key: 2026-11 for a month, 2026-W47 for an ISO week. */
  key: string;
  granularity: Granularity;
  /** First and last day inside the report period (a bucket at an edge is clipped). */
  from: IsoDay;
  to: IsoDay;
  /** Calendar year and month (1–12) of a month bucket, ISO week-year and week of a week bucket. */
  year: number;
  number: number;
  /** False when clipped by the period's edges. */
  whole: boolean;
}

const toMs = (day: IsoDay) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number): IsoDay => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** Today in Vietnam (UTC+7, no daylight saving). */
export function vietnamToday(now: Date): IsoDay {
  return fromMs(now.getTime() + VIETNAM_OFFSET_MS);
}

export function isRealDay(day: string): boolean {
  const m = DAY_PATTERN.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return fromMs(d.getTime()) === day;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return fromMs(toMs(day) + days * DAY_MS);
}

export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** Monday = 1 … Sunday = 7. */
export function isoWeekday(day: IsoDay): number {
  return ((new Date(toMs(day)).getUTCDay() + 6) % 7) + 1;
}

export function monthStart(day: IsoDay): IsoDay {
  return `${day.slice(0, 8)}01`;
}

export function monthEnd(day: IsoDay): IsoDay {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return fromMs(Date.UTC(y, m, 0));
}

/** The first day of the month `months` months after (or before) the day's month. */
export function shiftMonth(day: IsoDay, months: number): IsoDay {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + months;
  return fromMs(Date.UTC(y, m, 1));
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: IsoDay): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** The period a preset names, as of today (current periods end today: later days have nothing yet). */
export function presetPeriod(preset: Exclude<Preset, 'custom'>, today: IsoDay): Period {
  switch (preset) {
    case 'this-month':
      return { from: monthStart(today), to: today, granularity: 'week' };
    case 'last-month': {
      const from = shiftMonth(today, -1);
      return { from, to: monthEnd(from), granularity: 'week' };
    }
    case 'this-quarter': {
      const month = Number(today.slice(5, 7));
      const first = month - ((month - 1) % 3);
      return { from: `${today.slice(0, 4)}-${pad(first)}-01`, to: today, granularity: 'month' };
    }
    case 'last-6-months':
      return { from: shiftMonth(today, -5), to: today, granularity: 'month' };
    case 'this-year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today, granularity: 'month' };
    case 'last-8-weeks':
      return { from: addDays(today, -(isoWeekday(today) - 1) - 7 * 7), to: today, granularity: 'week' };
  }
}

/** The period split into calendar months or ISO weeks, the first and last clipped to the period. */
export function bucketsOf({ from, to, granularity }: Period): Bucket[] {
  const out: Bucket[] = [];
  let start = granularity === 'month' ? monthStart(from) : addDays(from, 1 - isoWeekday(from));
  while (start <= to) {
    const end = granularity === 'month' ? monthEnd(start) : addDays(start, 6);
    const clippedFrom = start < from ? from : start;
    const clippedTo = end > to ? to : end;
    if (granularity === 'month') {
      const year = Number(start.slice(0, 4));
      const month = Number(start.slice(5, 7));
      out.push({ key: `${year}-${pad(month)}`, granularity, from: clippedFrom, to: clippedTo, year, number: month, whole: clippedFrom === start && clippedTo === end });
      start = shiftMonth(start, 1);
    } else {
      const { year, week } = isoWeek(start);
      out.push({ key: `${year}-W${pad(week)}`, granularity, from: clippedFrom, to: clippedTo, year, number: week, whole: clippedFrom === start && clippedTo === end });
      start = addDays(start, 7);
    }
  }
  return out;
}

export type PeriodProblem = 'notADay' | 'toBeforeFrom' | 'tooLong' | 'tooManyBuckets';

/** What is wrong with a period the reader typed, by field (from / to / granularity), before asking the gateway. */
export function periodProblems(period: Period): Partial<Record<'from' | 'to' | 'granularity', PeriodProblem>> {
  const out: Partial<Record<'from' | 'to' | 'granularity', PeriodProblem>> = {};
  if (!isRealDay(period.from)) out.from = 'notADay';
  if (!isRealDay(period.to)) out.to = 'notADay';
  if (out.from || out.to) return out;
  if (period.to < period.from) out.to = 'toBeforeFrom';
  else if (daysBetween(period.from, period.to) + 1 > MAX_PERIOD_DAYS) out.to = 'tooLong';
  else if (bucketsOf(period).length > MAX_BUCKETS[period.granularity]) out.granularity = 'tooManyBuckets';
  return out;
}

/** "17/11" — a day as Vietnamese forms write it, without the year. */
export function shortDay(day: IsoDay): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}`;
}

/** "17/11/2026". */
export function longDay(day: IsoDay): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
