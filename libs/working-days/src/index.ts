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
