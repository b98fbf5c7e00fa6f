import { LegalCalendar } from '../calendar/legal-calendar';
import { assertValidInstant, vietnamDayOf } from '../time/vietnam-time';

export type DueStatus = 'not-yet-due' | 'near-late' | 'late';
export type CompletionStatus = 'early' | 'on-time' | 'late';

/**
 * Where an open dossier stands at `now`.
 * - 'late' once `now` is past the due instant;
 * - 'near-late' when at most `nearDays` working days remain, counting the working days after today
 *   up to and including the due day. With the default 1 that is the due day and the working day
 *   before it — the last chance to send an apology before the due date (DOMAIN.md §1.3);
 * - 'not-yet-due' otherwise.
 */
export function classifyAt(now: Date, due: Date, calendar: LegalCalendar, nearDays = 1): DueStatus {
  assertValidInstant(now, 'now');
  assertValidInstant(due, 'due');
  if (!Number.isInteger(nearDays) || nearDays < 0) throw new RangeError(`nearDays must be a non-negative integer, got ${nearDays}`);
  if (now.getTime() > due.getTime()) return 'late';
  const remaining = calendar.workingDaysBetween(vietnamDayOf(now), vietnamDayOf(due));
  return remaining <= nearDays ? 'near-late' : 'not-yet-due';
}

/**
 * How a finished dossier compares with its appointment: 'late' after the due instant, 'on-time' on
 * the due day (Vietnam time), 'early' on any earlier day — including a Saturday counter, which
 * DOMAIN.md §5.2 counts as before/on time.
 */
export function classifyCompletion(completedAt: Date, due: Date): CompletionStatus {
  assertValidInstant(completedAt, 'completedAt');
  assertValidInstant(due, 'due');
  if (completedAt.getTime() > due.getTime()) return 'late';
  return vietnamDayOf(completedAt) < vietnamDayOf(due) ? 'early' : 'on-time';
}
