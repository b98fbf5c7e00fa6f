import { LegalCalendar } from '../calendar/legal-calendar';
import { addDays, IsoDay } from '../time/iso-day';
import { ClockTime, assertValidInstant, parseClockTime, vietnamDayOf, vietnamInstant, vietnamTimeOfDayMs } from '../time/vietnam-time';
import {
  DEFAULT_CLOSE_OF_BUSINESS,
  DEFAULT_SAME_DAY_CUTOFF,
  DEFAULT_WORKING_WINDOWS,
  TimeLimit,
  WorkingWindow,
} from './time-limit';
import { addWorkingHours } from './working-hours';

export interface AppointmentRequest {
  /** When the complete, valid dossier was received. */
  readonly receivedAt: Date;
  readonly limit: TimeLimit;
  readonly calendar: LegalCalendar;
  /** Same-day cut-off, Vietnam time; default '15:00'. */
  readonly cutoff?: ClockTime;
  /** Time of day of day-unit appointments, Vietnam time; default '17:00'. */
  readonly closeOfBusiness?: ClockTime;
  /** Windows that count for 'hours' limits; default 07:30–11:30 and 13:30–17:00. */
  readonly workingWindows?: readonly WorkingWindow[];
}

/**
 * The appointment (ngày hẹn trả) for a dossier, as an instant.
 *
 * - 'working-days': day 0 is the reception day (Civil Code Art. 147: the count starts the next day),
 *   so the due day is the n-th working day after it. A reception on a non-working day (Saturday
 *   counter, holiday) therefore starts the count on the next working day: Sat 25 Apr 2026 + 1 → Tue 28.
 * - 'days': n calendar days after the reception day; a due day off moves to the next working day
 *   (Art. 148).
 * - 'same-day': the reception day, or the next working day when received after the cut-off or on a
 *   day off.
 * - 'hours': working hours inside the working windows, due at the exact instant they run out.
 *
 * Day units are due at close of business on the due day. A limit of 0 days means the reception day,
 * or the next working day if that is a day off.
 */
export function computeAppointment(request: AppointmentRequest): Date {
  const { receivedAt, limit, calendar } = request;
  assertValidInstant(receivedAt, 'receivedAt');
  if (limit.unit === 'hours') {
    return addWorkingHours(receivedAt, limit.value, calendar, request.workingWindows ?? DEFAULT_WORKING_WINDOWS);
  }
  const dueDay = dueDayFor(request);
  return vietnamInstant(dueDay, request.closeOfBusiness ?? DEFAULT_CLOSE_OF_BUSINESS);
}

function dueDayFor({ receivedAt, limit, calendar, cutoff }: AppointmentRequest): IsoDay {
  const receptionDay = vietnamDayOf(receivedAt);
  switch (limit.unit) {
    case 'same-day': {
      const afterCutoff = vietnamTimeOfDayMs(receivedAt) > parseClockTime(cutoff ?? DEFAULT_SAME_DAY_CUTOFF);
      return calendar.isWorkingDay(receptionDay) && !afterCutoff ? receptionDay : calendar.nextWorkingDay(receptionDay);
    }
    case 'working-days': {
      const n = wholeDays(limit);
      return n === 0 ? calendar.workingDayOnOrAfter(receptionDay) : calendar.addWorkingDays(receptionDay, n);
    }
    case 'days':
      return calendar.workingDayOnOrAfter(addDays(receptionDay, wholeDays(limit)));
    default:
      throw new RangeError(`Unknown time-limit unit: ${JSON.stringify((limit as TimeLimit).unit)}`);
  }
}

function wholeDays(limit: TimeLimit): number {
  if (!Number.isInteger(limit.value) || limit.value < 0) {
    throw new RangeError(`A ${limit.unit} limit must be a non-negative integer, got ${limit.value}`);
  }
  return limit.value;
}
