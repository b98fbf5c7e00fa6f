import { addDays, vietnamDayOf, vietnamInstant, type LegalCalendar } from '@motcua/working-days';

/** Working days left (after today, up to the due day) at which an open dossier counts as near-late (DOMAIN.md §1.3). */
export const NEAR_LATE_WORKING_DAYS = 1;

export type DueStatus = 'late' | 'near-late' | 'not-yet-due';

/** An open dossier as the stock query sees it. */
export interface OpenDossier {
  dueAt: Date;
  pausedSince: Date | null;
  lateAlready: boolean;
}

/**
 * The instant before which a due date counts as near-late at `at`: midnight starting the first day with more than
 * NEAR_LATE_WORKING_DAYS working days after `at`'s day. Same rule as working-days' classifyAt, but as one threshold
 * the SQL can compare with.
 */
export function nearLateBefore(at: Date, calendar: LegalCalendar, nearDays = NEAR_LATE_WORKING_DAYS): Date {
  const today = vietnamDayOf(at);
  let day = addDays(today, 1);
  while (calendar.workingDaysBetween(today, day) <= nearDays) day = addDays(day, 1);
  return vietnamInstant(day);
}

/**
 * Where an open dossier stands at `at` (indicator 2.1 for dossiers in progress): late once past its due date, or
 * already late by the supplement rules; while it waits for a supplement its clock stands at the request time.
 * The stock query in SQL applies exactly this (see StatisticsStore.stocks).
 */
export function dueStatusAt(at: Date, open: OpenDossier, threshold: Date): DueStatus {
  const paused = open.pausedSince !== null && open.pausedSince <= at;
  const clock = paused ? open.pausedSince! : at;
  if (open.lateAlready || clock > open.dueAt) return 'late';
  if (!paused && open.dueAt < threshold) return 'near-late';
  return 'not-yet-due';
}
