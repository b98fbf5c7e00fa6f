import type { TransferStatus, TransferView } from './types';

/**
 * The inbox's deadline colours. Relay classifies every open transfer against the working-day calendar (late: past
 * its deadline; near-late: due by the end of the next working day — the threshold of DOMAIN.md §4 and relay's
 * deadline alerts); the screen follows that, and only moves a row on when the clock has since passed a line the
 * answer could not know about (a list left open for hours): past the deadline is late, within a day is near.
 */
export type DeadlineTone = 'late' | 'near' | 'on-time' | 'paused' | 'done-on-time' | 'done-late' | 'closed';

/** The colour of each tone: green on time, amber near, red late, grey where no clock runs. */
export type DeadlineColour = 'ok' | 'near' | 'late' | 'neutral';

export const OPEN_STATUSES: readonly TransferStatus[] = ['sent', 'acknowledged', 'awaiting-approval'];

/** Fallback "near" window when relay's answer is older than the clock: one calendar day. */
export const NEAR_WINDOW_MS = 24 * 3_600_000;

type Classified = Pick<TransferView, 'status' | 'dueAt' | 'timeliness'>;

export function deadlineTone(t: Classified, now: Date): DeadlineTone {
  if (t.status === 'withdrawn') return 'closed';
  if (t.status === 'resolved' || t.status === 'refused') return t.timeliness === 'late' ? 'done-late' : 'done-on-time';
  // A supplement request stops the clock until the citizen brings what was missing.
  if (t.status === 'awaiting-supplement') return 'paused';
  const left = Date.parse(t.dueAt) - now.getTime();
  if (t.timeliness === 'late' || left <= 0) return 'late';
  if (t.timeliness === 'near-late' || left <= NEAR_WINDOW_MS) return 'near';
  return 'on-time';
}

const COLOUR: Record<DeadlineTone, DeadlineColour> = {
  late: 'late',
  near: 'near',
  'on-time': 'ok',
  paused: 'neutral',
  'done-on-time': 'ok',
  'done-late': 'late',
  closed: 'neutral',
};

export function deadlineColour(tone: DeadlineTone): DeadlineColour {
  return COLOUR[tone];
}

/** Overdue first, then near, then on time; then the paused, the finished and the withdrawn. */
const RANK: Record<DeadlineTone, number> = { late: 0, near: 1, 'on-time': 2, paused: 3, 'done-late': 4, 'done-on-time': 4, closed: 5 };

/** The inbox's order: by urgency, then nearest (or most overdue) deadline first; ties keep the server's order. */
export function sortByUrgency<T extends Classified>(items: readonly T[], now: Date): T[] {
  return items
    .map((item, index) => ({ item, index, rank: RANK[deadlineTone(item, now)], due: Date.parse(item.dueAt) }))
    .sort((a, b) => a.rank - b.rank || a.due - b.due || a.index - b.index)
    .map((x) => x.item);
}

/** How many rows of each colour, for the line above the list. */
export function countByTone(items: readonly Classified[], now: Date): Record<DeadlineTone, number> {
  const counts: Record<DeadlineTone, number> = { late: 0, near: 0, 'on-time': 0, paused: 0, 'done-on-time': 0, 'done-late': 0, closed: 0 };
  for (const item of items) counts[deadlineTone(item, now)] += 1;
  return counts;
}

export interface Remaining {
  overdue: boolean;
  unit: 'day' | 'hour' | 'minute';
  count: number;
}

/** Time left before (or past) the deadline in its largest whole unit, in calendar time ("còn 2 ngày", "quá hạn 3 giờ"). */
export function remaining(dueAt: string, now: Date): Remaining {
  const ms = Date.parse(dueAt) - now.getTime();
  const overdue = ms <= 0;
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  if (days >= 1) return { overdue, unit: 'day', count: days };
  const hours = Math.floor(abs / 3_600_000);
  if (hours >= 1) return { overdue, unit: 'hour', count: hours };
  return { overdue, unit: 'minute', count: Math.max(1, Math.floor(abs / 60_000)) };
}
