import { addDays, vietnamDayOf, vietnamInstant, type LegalCalendar } from '@motcua/working-days';

/**
 * The instants that split open transfers into late / near-late / not yet due, in working days (the same rule
 * as classifyAt): due before `now` is late; due on or before the `nearDays`-th working day after today is near.
 */
export function deadlineThresholds(now: Date, calendar: LegalCalendar, nearDays = 1): { lateBefore: Date; nearBefore: Date } {
  const lastNearDay = calendar.addWorkingDays(vietnamDayOf(now), nearDays);
  return { lateBefore: now, nearBefore: vietnamInstant(addDays(lastNearDay, 1), '00:00') };
}
