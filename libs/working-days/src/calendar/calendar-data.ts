import { IsoDay, WeekdayName } from '../time/iso-day';
import type { YearlyHolidayRule } from './holiday-rules';

/**
 * Plain data for a legal working-day calendar. Everything that a law or a yearly notice can change
 * lives here, not in code, so a province or a new year is a data change (DOMAIN.md §5.1).
 * The shape is JSON-friendly so services can replicate it.
 */
export interface LegalCalendarData {
  /** Weekly rest days, e.g. ['saturday', 'sunday'] for civil servants. */
  readonly weeklyRestDays: readonly WeekdayName[];
  /** Holidays on the same solar date every year (1 Jan, 30 Apr, 1 May, 2 Sep). */
  readonly fixedHolidays: readonly FixedDateHoliday[];
  /** One entry per year for which the competent authority's decisions are known. */
  readonly officialYears: readonly OfficialYearDecision[];
  /** How the moving holidays are dated (lunar Tết, Hùng Kings, 2 Sep's neighbour): projects years not decided yet. */
  readonly yearlyRules?: readonly YearlyHolidayRule[];
  /** Days a province adds on top of the national calendar; applied when the calendar is built for that province. */
  readonly provincialDays?: readonly ProvincialDay[];
}

/** A province's own decision for one day: an extra day off, or a rest day worked (to pay back a bridge day). */
export interface ProvincialDay {
  readonly provinceCode: string;
  readonly date: IsoDay;
  readonly kind: 'day-off' | 'swap-workday';
  readonly name: string;
  /** The provincial decision it comes from. */
  readonly source: string;
}

export interface FixedDateHoliday {
  readonly month: number;
  readonly day: number;
  readonly name: string;
  /** First and last year the holiday applies (inclusive); open-ended when absent. */
  readonly fromYear?: number;
  readonly untilYear?: number;
}

export interface NamedDay {
  readonly date: IsoDay;
  readonly name: string;
}

export interface OfficialYearDecision {
  readonly year: number;
  /**
   * Statutory holidays whose date changes every year (Hùng Kings on 10/3 lunar, the day next to 2 Sep).
   * The compensatory rule applies to them: on a weekly rest day they give the next working day off.
   */
  readonly statutoryHolidays: readonly NamedDay[];
  /**
   * Days off exactly as the yearly notice grants them (the five Tết days, bridge days paid back by a
   * swap). Taken as given: the notice has already settled any compensation, so none is added.
   */
  readonly extraDaysOff: readonly NamedDay[];
  /** Weekly rest days declared working days, usually to pay back a bridge day. */
  readonly swapWorkdays: readonly NamedDay[];
  /** The notice(s) the entry comes from, or why it is an assumption. */
  readonly source: string;
}
