import { DayInfo, LegalCalendar } from '../calendar/legal-calendar';
import { WorkingWindow } from '../deadline/time-limit';
import { IsoDay, weekdayOf } from '../time/iso-day';
import { occurrencesBetween } from './sessions';
import { DeskHours, SessionOccurrence, SessionRule, ThemeDayRule, ThemeKind } from './schedule-types';

export interface UnitOpeningSetup {
  readonly deskHours: DeskHours;
  readonly sessions: readonly SessionRule[];
  readonly themeDays: readonly ThemeDayRule[];
}

/** One day of a unit, both calendars side by side: legal status for deadlines, and what is open. */
export interface OpeningDay {
  readonly date: IsoDay;
  readonly legal: DayInfo;
  /** Regular desk windows; none on a legal day off. */
  readonly deskWindows: readonly WorkingWindow[];
  readonly sessions: readonly SessionOccurrence[];
  readonly themes: readonly { theme: ThemeKind; procedures: readonly string[] | null }[];
}

export function describeOpeningDay(setup: UnitOpeningSetup, date: IsoDay, calendar: LegalCalendar): OpeningDay {
  const legal = calendar.describeDay(date);
  return {
    date,
    legal,
    deskWindows: legal.working ? setup.deskHours.windows : [],
    sessions: occurrencesBetween(setup.sessions, date, date, calendar),
    themes: themesOn(setup.themeDays, date, calendar).map((t) => ({ theme: t.theme, procedures: t.procedures })),
  };
}

/** Theme days are desk days: held on their weekdays when those are legal working days. */
export function themesOn(rules: readonly ThemeDayRule[], date: IsoDay, calendar: LegalCalendar): ThemeDayRule[] {
  if (!calendar.isWorkingDay(date)) return [];
  const weekday = weekdayOf(date);
  return rules.filter((r) => r.weekdays.includes(weekday) && r.validFrom <= date && (r.validTo === null || date <= r.validTo));
}
