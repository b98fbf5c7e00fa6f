import { DEFAULT_CLOSE_OF_BUSINESS, DEFAULT_SAME_DAY_CUTOFF, DEFAULT_WORKING_WINDOWS, parseClockTime, vietnamDayOf, vietnamInstant, vietnamTimeOfDayMs, type LegalCalendar } from '@motcua/working-days';

/**
 * When a paper dossier must have left the desk: the same working day when received by 15:00, otherwise at the
 * start of the next working day (Decree 61 art. 17; DOMAIN.md §1.3).
 */
export function paperDeadline(receivedAt: Date, calendar: LegalCalendar): Date {
  const day = vietnamDayOf(receivedAt);
  const beforeCutoff = vietnamTimeOfDayMs(receivedAt) <= parseClockTime(DEFAULT_SAME_DAY_CUTOFF);
  if (calendar.isWorkingDay(day) && beforeCutoff) return vietnamInstant(day, DEFAULT_CLOSE_OF_BUSINESS);
  return vietnamInstant(calendar.nextWorkingDay(day), DEFAULT_WORKING_WINDOWS[0].start);
}
