import { addDays, assertIsoDay, isoDay, IsoDay, WEEKDAY_NAMES, WeekdayName, weekdayOf, yearOf } from '../time/iso-day';
import { FixedDateHoliday, LegalCalendarData, NamedDay, OfficialYearDecision } from './calendar-data';
import { compensatoryDays, MAX_DAYS_WITHOUT_WORK } from './compensatory-days';
import { projectYear, YearlyHolidayRule } from './holiday-rules';

export type DayKind =
  | 'working'
  | 'swap-workday'
  | 'weekly-rest'
  | 'holiday'
  | 'compensatory'
  | 'official-day-off'
  | 'provincial-day-off';

export interface DayInfo {
  readonly day: IsoDay;
  readonly working: boolean;
  readonly kind: DayKind;
  /** What makes the day special (holiday name, the notice's reason); absent for ordinary days. */
  readonly name?: string;
  /** True when the day's year has no official decision and the yearly rules projected it: to confirm. */
  readonly projected?: boolean;
}

export interface LegalCalendarOptions {
  /**
   * What to do for a year with no official decision (no Tết, Hùng Kings or swap data):
   * - 'project' (default): the data's yearly rules date Tết, Hùng Kings and 2 Sep's neighbour for that year (days
   *   are marked `projected`); without rules this is the same as 'fixed-rules-only';
   * - 'fixed-rules-only': use weekly rest days, fixed holidays and compensation only;
   * - 'throw': raise CalendarNotCoveredError, so a missing yearly update cannot yield a wrong deadline.
   */
  readonly uncoveredYears?: 'project' | 'fixed-rules-only' | 'throw';
  /** Apply this province's additions (the data's provincialDays for it); the national calendar when absent. */
  readonly provinceCode?: string;
}

export class CalendarNotCoveredError extends Error {
  constructor(readonly year: number) {
    super(`The legal calendar has no official decision for ${year}`);
    this.name = 'CalendarNotCoveredError';
  }
}

/**
 * The legal working-day calendar (not opening hours: a Saturday counter does not make Saturday a
 * working day). Immutable; built from data; every method is pure.
 */
export class LegalCalendar {
  /** Years with an official decision, ascending. */
  readonly coveredYears: readonly number[];

  private readonly restDays: ReadonlySet<WeekdayName>;
  private readonly fixedHolidays: readonly FixedDateHoliday[];
  private readonly statutoryHolidays = new Map<IsoDay, string>();
  private readonly extraDaysOff = new Map<IsoDay, string>();
  private readonly swapWorkdays = new Map<IsoDay, string>();
  private readonly provincialDaysOff = new Map<IsoDay, string>();
  private readonly compensationCache = new Map<number, ReadonlyMap<IsoDay, string>>();
  private readonly strict: boolean;
  private readonly rules: readonly YearlyHolidayRule[];
  /** Uncovered years already projected from the rules (or found to need none). */
  private readonly projectedYears = new Set<number>();

  constructor(data: LegalCalendarData, options: LegalCalendarOptions = {}) {
    this.restDays = new Set(data.weeklyRestDays.map(assertWeekday));
    if (this.restDays.size >= WEEKDAY_NAMES.length) throw new RangeError('A calendar needs at least one working weekday');
    this.fixedHolidays = data.fixedHolidays.map(checkFixedHoliday);
    this.strict = options.uncoveredYears === 'throw';
    this.rules = options.uncoveredYears === undefined || options.uncoveredYears === 'project' ? (data.yearlyRules ?? []) : [];

    const years = new Set<number>();
    for (const decision of data.officialYears) {
      if (years.has(decision.year)) throw new RangeError(`Two official decisions for ${decision.year}`);
      years.add(decision.year);
      this.load(decision);
    }
    this.coveredYears = [...years].sort((a, b) => a - b);
    for (const day of data.provincialDays ?? []) {
      if (day.provinceCode !== options.provinceCode) continue;
      if (day.kind === 'swap-workday') {
        if (!this.isWeeklyRestDay(assertIsoDay(day.date))) throw new RangeError(`Swap workday ${day.date} is not a weekly rest day`);
        addUnique(this.swapWorkdays, day);
      } else {
        addUnique(this.provincialDaysOff, day);
      }
    }
  }

  /** True when the year has no official decision and its moving holidays come from the yearly rules. */
  isProjected(year: number): boolean {
    return this.rules.length > 0 && !this.coveredYears.includes(year);
  }

  /** True when an official decision exists for the day's year. */
  covers(day: IsoDay): boolean {
    return this.coveredYears.includes(yearOf(day));
  }

  describeDay(day: IsoDay): DayInfo {
    const year = yearOf(day);
    if (this.strict && !this.coveredYears.includes(year)) throw new CalendarNotCoveredError(year);
    // Compensation looks a few days ahead, across New Year: the neighbouring years must be known too.
    for (const y of [year - 1, year, year + 1]) this.projectIfNeeded(y);
    const info = this.describeKnownDay(day, year);
    return this.isProjected(year) ? { ...info, projected: true } : info;
  }

  private describeKnownDay(day: IsoDay, year: number): DayInfo {
    const swap = this.swapWorkdays.get(day);
    if (swap !== undefined) return { day, working: true, kind: 'swap-workday', name: swap };
    const holiday = this.holidayOn(day);
    if (holiday !== undefined) return { day, working: false, kind: 'holiday', name: holiday };
    const compensatory = this.compensationFor(year).get(day) ?? this.compensationFor(year - 1).get(day);
    if (compensatory !== undefined) return { day, working: false, kind: 'compensatory', name: compensatory };
    const extra = this.extraDaysOff.get(day);
    if (extra !== undefined) return { day, working: false, kind: 'official-day-off', name: extra };
    const provincial = this.provincialDaysOff.get(day);
    if (provincial !== undefined) return { day, working: false, kind: 'provincial-day-off', name: provincial };
    if (this.isWeeklyRestDay(day)) return { day, working: false, kind: 'weekly-rest' };
    return { day, working: true, kind: 'working' };
  }

  /** Loads the rules' projection of an uncovered year once; an official decision always wins. */
  private projectIfNeeded(year: number): void {
    if (this.rules.length === 0 || this.coveredYears.includes(year) || this.projectedYears.has(year)) return;
    if (year < 1900 || year > 2199) return; // outside the lunar conversion's range: fixed rules only
    this.projectedYears.add(year);
    const projection = projectYear(this.rules, year, (d) => this.isWeeklyRestDay(d));
    for (const entry of projection.statutoryHolidays) {
      // A neighbouring year's decision may already list the day (e.g. a Tết eve decided with the year before).
      if (!this.statutoryHolidays.has(entry.date) && !this.extraDaysOff.has(entry.date)) this.statutoryHolidays.set(entry.date, entry.name);
    }
    this.compensationCache.clear();
  }

  isWorkingDay(day: IsoDay): boolean {
    return this.describeDay(day).working;
  }

  /** The first working day strictly after `day`. */
  nextWorkingDay(day: IsoDay): IsoDay {
    return this.addWorkingDays(day, 1);
  }

  /** The first working day strictly before `day`. */
  previousWorkingDay(day: IsoDay): IsoDay {
    return this.addWorkingDays(day, -1);
  }

  /** `day` itself if it is a working day, otherwise the next one. */
  workingDayOnOrAfter(day: IsoDay): IsoDay {
    return this.isWorkingDay(day) ? day : this.nextWorkingDay(day);
  }

  /**
   * Counts `n` working days strictly after `day` (before it when n < 0); `day` itself is day 0 and
   * need not be a working day. addWorkingDays(d, 0) is d.
   */
  addWorkingDays(day: IsoDay, n: number): IsoDay {
    assertIsoDay(day);
    if (!Number.isInteger(n)) throw new RangeError(`Working days must be an integer, got ${n}`);
    const step = n < 0 ? -1 : 1;
    let current = day;
    for (let left = Math.abs(n); left > 0; left--) {
      let gap = 0;
      do {
        current = addDays(current, step);
        if (++gap > MAX_DAYS_WITHOUT_WORK) throw new Error(`No working day within ${MAX_DAYS_WITHOUT_WORK} days of ${day}`);
      } while (!this.isWorkingDay(current));
    }
    return current;
  }

  /**
   * The inverse of addWorkingDays: the number of working days in (a, b] when a ≤ b, and minus the
   * number in [b, a) when b < a. So workingDaysBetween(d, addWorkingDays(d, n)) === n.
   */
  workingDaysBetween(a: IsoDay, b: IsoDay): number {
    assertIsoDay(a);
    assertIsoDay(b);
    if (b < a) return -this.countWorkingDays(b, addDays(a, -1));
    return this.countWorkingDays(addDays(a, 1), b);
  }

  private countWorkingDays(from: IsoDay, to: IsoDay): number {
    let count = 0;
    for (let day = from; day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count++;
    return count;
  }

  private load(decision: OfficialYearDecision): void {
    for (const entry of decision.statutoryHolidays) addUnique(this.statutoryHolidays, entry);
    for (const entry of decision.extraDaysOff) addUnique(this.extraDaysOff, entry);
    for (const entry of decision.swapWorkdays) {
      // A swap only makes sense on a rest day; anything else is a typo in the data.
      if (!this.isWeeklyRestDay(assertIsoDay(entry.date))) {
        throw new RangeError(`Swap workday ${entry.date} is not a weekly rest day`);
      }
      addUnique(this.swapWorkdays, entry);
    }
  }

  private isWeeklyRestDay(day: IsoDay): boolean {
    return this.restDays.has(weekdayOf(day));
  }

  /** Statutory holiday on the day (fixed-date or yearly-dated), before any compensation. */
  private holidayOn(day: IsoDay): string | undefined {
    const yearly = this.statutoryHolidays.get(day);
    if (yearly !== undefined) return yearly;
    const year = yearOf(day);
    const month = Number(day.slice(5, 7));
    const dayOfMonth = Number(day.slice(8, 10));
    return this.fixedHolidays.find((h) => h.month === month && h.day === dayOfMonth && appliesIn(h, year))?.name;
  }

  private compensationFor(year: number): ReadonlyMap<IsoDay, string> {
    let days = this.compensationCache.get(year);
    if (days === undefined) {
      const holidays: NamedDay[] = this.fixedHolidays
        .filter((h) => appliesIn(h, year))
        .map((h) => ({ date: isoDay(year, h.month, h.day), name: h.name }));
      for (const [date, name] of this.statutoryHolidays) {
        if (yearOf(date) === year && !holidays.some((h) => h.date === date)) holidays.push({ date, name });
      }
      const compensation = compensatoryDays(
        holidays,
        (day) => this.isWeeklyRestDay(day),
        (day) => this.holidayOn(day) !== undefined || this.extraDaysOff.has(day) || this.provincialDaysOff.has(day),
      );
      days = new Map(compensation.map((c) => [c.date, c.name]));
      this.compensationCache.set(year, days);
    }
    return days;
  }
}

function assertWeekday(name: WeekdayName): WeekdayName {
  if (!WEEKDAY_NAMES.includes(name)) throw new RangeError(`Unknown weekday: ${JSON.stringify(name)}`);
  return name;
}

function checkFixedHoliday(holiday: FixedDateHoliday): FixedDateHoliday {
  isoDay(2001, holiday.month, holiday.day); // a common year: 29 Feb cannot recur yearly
  return holiday;
}

function appliesIn(holiday: FixedDateHoliday, year: number): boolean {
  return (holiday.fromYear ?? -Infinity) <= year && year <= (holiday.untilYear ?? Infinity);
}

function addUnique(map: Map<IsoDay, string>, entry: NamedDay): void {
  assertIsoDay(entry.date);
  if (map.has(entry.date)) throw new RangeError(`${entry.date} is listed twice`);
  map.set(entry.date, entry.name);
}
