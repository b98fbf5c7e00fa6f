// Pure deadline arithmetic over a legal working-day calendar (Vietnam time, UTC+7). No I/O.

export type { IsoDay, WeekdayName } from './time/iso-day';
export { WEEKDAY_NAMES, addDays, assertIsoDay, isoDay, weekdayOf, yearOf } from './time/iso-day';
export type { ClockTime } from './time/vietnam-time';
export {
  VIETNAM_UTC_OFFSET_MS,
  parseClockTime,
  vietnamDayOf,
  vietnamInstant,
  vietnamTimeOfDayMs,
} from './time/vietnam-time';

export type { FixedDateHoliday, LegalCalendarData, NamedDay, OfficialYearDecision } from './calendar/calendar-data';
export type { DayInfo, DayKind, LegalCalendarOptions } from './calendar/legal-calendar';
export { CalendarNotCoveredError, LegalCalendar } from './calendar/legal-calendar';
export { VIETNAM_OFFICIAL_DAYS } from './calendar/vietnam-official-days';
export { VIETNAM_FIXED_HOLIDAYS, VIETNAM_WEEKLY_REST_DAYS, createVietnamLegalCalendar } from './calendar/vietnam-calendar';

export type { TimeLimit, TimeLimitUnit, WorkingWindow } from './deadline/time-limit';
export { DEFAULT_CLOSE_OF_BUSINESS, DEFAULT_SAME_DAY_CUTOFF, DEFAULT_WORKING_WINDOWS } from './deadline/time-limit';
export { addWorkingHours } from './deadline/working-hours';
export type { AppointmentRequest } from './deadline/compute-appointment';
export { computeAppointment } from './deadline/compute-appointment';
export type { CompletionStatus, DueStatus } from './deadline/classify';
export { classifyAt, classifyCompletion } from './deadline/classify';

export type { ProvincialDay } from './calendar/calendar-data';
export type { YearlyHolidayRule } from './calendar/holiday-rules';
export { projectYear } from './calendar/holiday-rules';
export { HUNG_KINGS, NATIONAL_DAY_ADJACENT, TET, VIETNAM_YEARLY_RULES } from './calendar/vietnam-holiday-rules';
export type { LunarDate } from './lunar/vietnamese-lunar';
export { lunarNewYear, lunarNewYearsEve, lunarToSolar, solarToLunar } from './lunar/vietnamese-lunar';

export type { Deadline, DeadlinePause, DeadlineRequest, DeadlineStatus } from './deadline/deadline';
export { computeDeadline, deadlineStatusAt, workingHoursBetween } from './deadline/deadline';

export type {
  DeskHours,
  ProcedureFacts,
  SessionOccurrence,
  SessionRule,
  ThemeDayRule,
  ThemeKind,
} from './opening-hours/schedule-types';
export { THEME_KINDS } from './opening-hours/schedule-types';
export {
  assertSessionTimes,
  isHeldOn,
  nextOccurrence,
  occurrenceOn,
  occurrencesBetween,
  openSessionAt,
  slotsOf,
  takesProcedure,
} from './opening-hours/sessions';
export type { AfterHoursDecision } from './opening-hours/after-hours-reception';
export { decideAfterHoursReception } from './opening-hours/after-hours-reception';
export type { OpeningDay, UnitOpeningSetup } from './opening-hours/opening-day';
export { describeOpeningDay, themesOn } from './opening-hours/opening-day';
export { describeSession } from './opening-hours/describe-session';
