import { DEFAULT_CLOSE_OF_BUSINESS, vietnamDayOf, vietnamInstant, type LegalCalendar } from '@motcua/working-days';

/**
 * When the competent office must have decided: the citizen's appointment, less the working days the return leg
 * needs (the relay time counts inside the procedure's total, DOMAIN.md §1.4). Without a return leg it is the
 * appointment itself, to the hour.
 */
export function officeDeadline(appointmentAt: Date, returnWorkingDays: number, calendar: LegalCalendar): Date {
  if (returnWorkingDays <= 0) return appointmentAt;
  const day = calendar.addWorkingDays(vietnamDayOf(appointmentAt), -returnWorkingDays);
  return vietnamInstant(day, DEFAULT_CLOSE_OF_BUSINESS);
}
