import { LegalCalendar } from '../calendar/legal-calendar';
import { addDays } from '../time/iso-day';
import { assertValidInstant, parseClockTime, vietnamDayOf, vietnamInstantAtMs, vietnamTimeOfDayMs } from '../time/vietnam-time';
import { classifyAt, DueStatus } from './classify';
import { AppointmentRequest, computeAppointment } from './compute-appointment';
import { DEFAULT_WORKING_WINDOWS, WorkingWindow } from './time-limit';
import { addWorkingHours } from './working-hours';

/**
 * A stretch of time the legal clock does not run (DOMAIN.md §5.2, "deadline shifts"):
 * - 'supplement': the dossier went back for a supplement; when the complete dossier is received the time limit
 *   restarts from zero (Decree 61 Art. 18), counted from `until` like a new reception (15:00 cut-off included);
 * - 'suspension': financial obligations, public posting, boundary signing…: the working time inside the pause is
 *   added to the deadline.
 */
export interface DeadlinePause {
  readonly kind: 'supplement' | 'suspension';
  readonly from: Date;
  /** When the clock ran again; absent while the pause lasts. */
  readonly until?: Date;
}

export interface DeadlineRequest extends AppointmentRequest {
  readonly pauses?: readonly DeadlinePause[];
}

export type Deadline =
  | { readonly paused: false; readonly dueAt: Date }
  | { readonly paused: true; readonly pause: DeadlinePause };

/** The due instant after every pause, or the pause the clock is waiting on (no due date while it lasts). */
export function computeDeadline(request: DeadlineRequest): Deadline {
  const pauses = sortedPauses(request.pauses ?? []);
  const open = pauses.find((p) => p.until === undefined);
  if (open) return { paused: true, pause: open };

  const lastSupplement = pauses.filter((p) => p.kind === 'supplement').at(-1);
  const receivedAt = lastSupplement?.until ?? request.receivedAt;
  let dueAt = computeAppointment({ ...request, receivedAt });
  for (const pause of pauses) {
    if (pause.kind !== 'suspension' || pause.until!.getTime() <= receivedAt.getTime() || pause.from.getTime() >= dueAt.getTime()) continue;
    const from = pause.from.getTime() < receivedAt.getTime() ? receivedAt : pause.from;
    dueAt = extend(dueAt, from, pause.until!, request);
  }
  return { paused: false, dueAt };
}

export type DeadlineStatus = DueStatus | 'paused';

/**
 * Where a dossier stands at `now`: 'paused' while a pause that has begun by then is still running, else late /
 * near-late / not yet due against the deadline as known at `now` (pauses that begin later are ignored).
 */
export function deadlineStatusAt(now: Date, request: DeadlineRequest, nearDays = 1): { status: DeadlineStatus; dueAt?: Date } {
  assertValidInstant(now, 'now');
  const known = (request.pauses ?? [])
    .filter((p) => p.from.getTime() <= now.getTime())
    .map((p) => (p.until !== undefined && p.until.getTime() > now.getTime() ? { kind: p.kind, from: p.from } : p));
  const deadline = computeDeadline({ ...request, pauses: known });
  if (deadline.paused) return { status: 'paused' };
  return { status: classifyAt(now, deadline.dueAt, request.calendar, nearDays), dueAt: deadline.dueAt };
}

/** Pushes the deadline by the working time between `from` and `until`, in the limit's own unit. */
function extend(dueAt: Date, from: Date, until: Date, request: DeadlineRequest): Date {
  const { calendar, limit } = request;
  if (limit.unit === 'hours') {
    const windows = request.workingWindows ?? DEFAULT_WORKING_WINDOWS;
    return addWorkingHours(dueAt, workingHoursBetween(from, until, calendar, windows), calendar, windows);
  }
  // Day units: the working days the pause reached into, (day of from, day of until]; the due time of day is kept.
  const days = calendar.workingDaysBetween(vietnamDayOf(from), vietnamDayOf(until));
  if (days <= 0) return dueAt;
  const dueDay = calendar.addWorkingDays(vietnamDayOf(dueAt), days);
  return vietnamInstantAtMs(dueDay, vietnamTimeOfDayMs(dueAt));
}

/** Working hours (inside the windows of working days) between two instants. */
export function workingHoursBetween(from: Date, until: Date, calendar: LegalCalendar, windows: readonly WorkingWindow[] = DEFAULT_WORKING_WINDOWS): number {
  assertValidInstant(from, 'from');
  assertValidInstant(until, 'until');
  if (until.getTime() <= from.getTime()) return 0;
  const spans = windows.map((w) => ({ start: parseClockTime(w.start), end: parseClockTime(w.end) }));
  let total = 0;
  for (let day = vietnamDayOf(from); day <= vietnamDayOf(until); day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    for (const span of spans) {
      const start = Math.max(vietnamInstantAtMs(day, span.start).getTime(), from.getTime());
      const end = Math.min(vietnamInstantAtMs(day, span.end).getTime(), until.getTime());
      if (end > start) total += end - start;
    }
  }
  return total / 3_600_000;
}

function sortedPauses(pauses: readonly DeadlinePause[]): DeadlinePause[] {
  for (const pause of pauses) {
    assertValidInstant(pause.from, 'pause start');
    if (pause.until !== undefined) {
      assertValidInstant(pause.until, 'pause end');
      if (pause.until.getTime() < pause.from.getTime()) throw new RangeError('A pause cannot end before it starts');
    }
  }
  const sorted = [...pauses].sort((a, b) => a.from.getTime() - b.from.getTime());
  if (sorted.filter((p) => p.until === undefined).length > 1) throw new RangeError('At most one pause can still be running');
  return sorted;
}
