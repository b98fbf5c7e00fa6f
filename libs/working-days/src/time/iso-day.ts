/**
 * A civil calendar day as 'YYYY-MM-DD'. Plain strings keep calendar days free of any time zone,
 * and ISO days compare correctly with `<` and `>`.
 */
export type IsoDay = string;

export type WeekdayName = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

/** Index order matches Date#getUTCDay (0 = Sunday). */
export const WEEKDAY_NAMES: readonly WeekdayName[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01; the day is read as a UTC date so no local zone can shift it. */
function toDayNumber(day: IsoDay): number {
  const match = ISO_DAY.exec(day);
  if (match) {
    const [, y, m, d] = match;
    const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
    // Date.UTC rolls 30 Feb over to March: the round trip rejects such days.
    if (new Date(ms).toISOString().slice(0, 10) === day) return ms / DAY_MS;
  }
  throw new RangeError(`Not a valid ISO day (YYYY-MM-DD): ${JSON.stringify(day)}`);
}

function fromDayNumber(n: number): IsoDay {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Returns the day unchanged, or throws a RangeError if it is not a real 'YYYY-MM-DD' date. */
export function assertIsoDay(day: IsoDay): IsoDay {
  toDayNumber(day);
  return day;
}

export function isoDay(year: number, month: number, dayOfMonth: number): IsoDay {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return assertIsoDay(text);
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return fromDayNumber(toDayNumber(day) + n);
}

export function weekdayOf(day: IsoDay): WeekdayName {
  return WEEKDAY_NAMES[new Date(toDayNumber(day) * DAY_MS).getUTCDay()];
}

export function yearOf(day: IsoDay): number {
  return Number(assertIsoDay(day).slice(0, 4));
}
