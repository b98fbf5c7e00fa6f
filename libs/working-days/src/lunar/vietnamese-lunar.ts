import { CalendarVietnamese } from 'date-chinese';
import { addDays, isoDay, IsoDay } from '../time/iso-day';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed at UTC+7 by date-chinese's CalendarVietnamese: the same
 * astronomical new moons and solar terms as Hồ Ngọc Đức's algorithm, at Vietnam's meridian. A Chinese calendar
 * (UTC+8) puts some new moons on the next day: Tết 2030 is Sat 2 Feb in Vietnam, Sun 3 Feb in China.
 */
export interface LunarDate {
  /** The lunar year, named by the Gregorian year in which it begins. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** A leap month (tháng nhuận) repeats the number of the month before it. */
  readonly leap: boolean;
}

const newYears = new Map<number, IsoDay>();
// The astronomical series take milliseconds per conversion: calendars convert the same few dates again and again.
const solarDays = new Map<string, IsoDay>();

/** Tết Nguyên đán: the first day of the lunar year that begins in Gregorian `year`. */
export function lunarNewYear(year: number): IsoDay {
  let day = newYears.get(year);
  if (day === undefined) {
    assertSupportedYear(year);
    const calendar = new CalendarVietnamese();
    calendar.fromJDE(calendar.newYear(year));
    const g = calendar.toGregorian();
    day = isoDay(g.year, g.month, g.day);
    newYears.set(year, day);
  }
  return day;
}

/** The solar day of a lunar date; `year` is the Gregorian year in which that lunar year begins. */
export function lunarToSolar(date: LunarDate): IsoDay {
  const key = `${date.year}-${date.month}-${date.leap}-${date.day}`;
  let solar = solarDays.get(key);
  if (solar === undefined) {
    solar = convertLunarToSolar(date);
    solarDays.set(key, solar);
  }
  return solar;
}

function convertLunarToSolar(date: LunarDate): IsoDay {
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) throw new RangeError(`Not a lunar month: ${date.month}`);
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > 30) throw new RangeError(`Not a lunar day: ${date.day}`);
  const [cycle, cycleYear] = new CalendarVietnamese().fromGregorian(...splitDay(lunarNewYear(date.year))).get();
  const g = new CalendarVietnamese(cycle, cycleYear, date.month, date.leap, date.day).toGregorian();
  const solar = isoDay(g.year, g.month, g.day);
  // date-chinese rolls a 30th day over in a 29-day month, and a missing leap month over to the next one: refuse both.
  const back = solarToLunar(solar);
  if (back.month !== date.month || back.day !== date.day || back.leap !== date.leap) {
    throw new RangeError(`No lunar date ${date.day}/${date.month}${date.leap ? ' (leap)' : ''} in lunar year ${date.year}`);
  }
  return solar;
}

export function solarToLunar(day: IsoDay): LunarDate {
  const [y, m, d] = splitDay(day);
  assertSupportedYear(y);
  const [, , month, leap, lunarDay] = new CalendarVietnamese().fromGregorian(y, m, d).get();
  const year = day >= lunarNewYear(y) ? y : y - 1;
  return { year, month, day: lunarDay, leap };
}

/** Giao thừa's day: the last day of the lunar year that ends just before Tết of `year`. */
export function lunarNewYearsEve(year: number): IsoDay {
  return addDays(lunarNewYear(year), -1);
}

function splitDay(day: IsoDay): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m, d];
}

/** The astronomical series behind the conversion are accurate well beyond this; the bound refuses typos (20260). */
function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new RangeError(`Lunar conversion supports 1900–2199, got ${year}`);
}
