import { addDays, IsoDay, isoDay } from '../time/iso-day';
import { lunarNewYear, lunarToSolar } from '../lunar/vietnamese-lunar';
import { NamedDay, OfficialYearDecision } from './calendar-data';

/**
 * How the law dates the holidays that move every year, as data (DOMAIN.md §5.1). They project a year for which no
 * official decision is known yet; once the yearly notice is entered, the notice wins for that year.
 */
export type YearlyHolidayRule =
  /** A lunar date, e.g. Hùng Kings on 10/3 lunar. */
  | { readonly kind: 'lunar'; readonly month: number; readonly day: number; readonly name: string; readonly fromYear?: number }
  /** Tết: `days` days starting `daysBefore` days before the first day of the lunar year (eve + 4 days by default). */
  | { readonly kind: 'lunar-new-year'; readonly daysBefore: number; readonly days: number; readonly name: string; readonly fromYear?: number }
  /**
   * The day next to a fixed-date holiday (2 Sep's neighbour, 1 or 3 Sep): the weekday one; if both are weekdays,
   * the one that joins the weekend; if neither does, the day before.
   */
  | { readonly kind: 'adjacent-day'; readonly month: number; readonly day: number; readonly name: string; readonly fromYear?: number };

/**
 * The yearly decision the rules give for `year`: every projected day is a statutory holiday, so the compensatory
 * rule moves those that fall on a weekly rest day (e.g. Tết on Sat 2 Feb 2030 gives Wed 6 and Thu 7 Feb off).
 */
export function projectYear(rules: readonly YearlyHolidayRule[], year: number, isWeeklyRestDay: (day: IsoDay) => boolean): OfficialYearDecision {
  const statutoryHolidays: NamedDay[] = [];
  const add = (date: IsoDay, name: string) => {
    if (!statutoryHolidays.some((d) => d.date === date)) statutoryHolidays.push({ date, name });
  };
  for (const rule of rules) {
    if (rule.fromYear !== undefined && year < rule.fromYear) continue;
    switch (rule.kind) {
      case 'lunar':
        add(lunarToSolar({ year, month: rule.month, day: rule.day, leap: false }), rule.name);
        break;
      case 'lunar-new-year': {
        const first = addDays(lunarNewYear(year), -rule.daysBefore);
        for (let i = 0; i < rule.days; i++) add(addDays(first, i), rule.name);
        break;
      }
      case 'adjacent-day':
        add(adjacentDay(isoDay(year, rule.month, rule.day), isWeeklyRestDay), rule.name);
        break;
    }
  }
  statutoryHolidays.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { year, source: 'projected from the yearly holiday rules (no official decision entered yet)', statutoryHolidays, extraDaysOff: [], swapWorkdays: [] };
}

function adjacentDay(holiday: IsoDay, isWeeklyRestDay: (day: IsoDay) => boolean): IsoDay {
  const before = addDays(holiday, -1);
  const after = addDays(holiday, 1);
  const weekdays = [before, after].filter((d) => !isWeeklyRestDay(d));
  if (weekdays.length === 1) return weekdays[0];
  if (weekdays.length === 0) return after; // both neighbours rest days: the day after, which compensation then moves
  if (isWeeklyRestDay(addDays(before, -1))) return before;
  if (isWeeklyRestDay(addDays(after, 1))) return after;
  return before;
}
