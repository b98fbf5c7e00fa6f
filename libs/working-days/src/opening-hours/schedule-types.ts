import { IsoDay, WeekdayName } from '../time/iso-day';
import { ClockTime } from '../time/vietnam-time';
import { WorkingWindow } from '../deadline/time-limit';

/*
 * The opening-hours calendar of a unit (DOMAIN.md §10.3): when its desk and its after-hours counters are open. It is
 * separate from the legal calendar on purpose: a Saturday counter is open, but Saturday stays a day off for deadlines.
 * Plain JSON shapes, so scheduling can replicate them to intake.
 */

/** A recurring after-hours session: Saturday/Sunday counters, holiday and Tết counters, weekday evenings. */
export interface SessionRule {
  readonly id: string;
  readonly unitCode: string;
  /** Shown to citizens, e.g. "Tiếp nhận ngoài giờ thứ Bảy". */
  readonly name: string;
  /** Weekdays the session is held on (a legal holiday on such a weekday counts only with `onDaysOff`). */
  readonly weekdays: readonly WeekdayName[];
  /** Also held on every legal day off that is not a weekly rest day: holidays, compensatory days, Tết days. */
  readonly onDaysOff: boolean;
  readonly start: ClockTime;
  readonly end: ClockTime;
  readonly validFrom: IsoDay;
  readonly validTo: IsoDay | null;
  /** Days it is not held (e.g. the first day of Tết). */
  readonly closedOn?: readonly IsoDay[];
  /** Procedure codes taken; null = the default: procedures flagged afterHoursEligible, else same-day ones. */
  readonly eligibleProcedures: readonly string[] | null;
  /** Bookings: slot length and how many citizens a slot takes. */
  readonly slotMinutes: number;
  readonly slotCapacity: number;
}

/** Regular desk hours, on legal working days (swap Saturdays included). */
export interface DeskHours {
  readonly windows: readonly WorkingWindow[];
}

export const THEME_KINDS = ['no-appointment', 'no-writing', 'online-paperless'] as const;
export type ThemeKind = (typeof THEME_KINDS)[number];

/** A theme day on configured weekdays ("Thursday no-writing", "online Wednesday"), held on working days. */
export interface ThemeDayRule {
  readonly id: string;
  readonly unitCode: string;
  readonly theme: ThemeKind;
  readonly weekdays: readonly WeekdayName[];
  readonly validFrom: IsoDay;
  readonly validTo: IsoDay | null;
  /** The procedures it applies to; null = all the unit receives. */
  readonly procedures: readonly string[] | null;
}

/** What eligibility needs to know of a procedure (a structural subset of the catalogue's ProcedureRecord). */
export interface ProcedureFacts {
  readonly code: string;
  readonly timeLimit: { readonly unit: string };
  /** The catalogue's own say, when it has one; otherwise same-day procedures are eligible. */
  readonly afterHoursEligible?: boolean;
}

/** A session as held on one day. */
export interface SessionOccurrence {
  readonly sessionId: string;
  readonly sessionName: string;
  readonly unitCode: string;
  readonly date: IsoDay;
  readonly startsAt: Date;
  readonly endsAt: Date;
}
