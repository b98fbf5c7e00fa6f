import { LegalCalendar } from '../calendar/legal-calendar';
import { assertValidInstant, parseClockTime, vietnamDayOf, vietnamInstantAtMs, vietnamTimeOfDayMs } from '../time/vietnam-time';
import { DEFAULT_WORKING_WINDOWS, WorkingWindow } from './time-limit';

const HOUR_MS = 3_600_000;

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The instant `hours` working hours after `from`, counting only the windows of working days.
 * Time before opening, at lunch, after closing or on days off does not count. A limit that runs out
 * exactly at the end of a window is due at that end (11:30), not at the next opening.
 */
export function addWorkingHours(
  from: Date,
  hours: number,
  calendar: LegalCalendar,
  windows: readonly WorkingWindow[] = DEFAULT_WORKING_WINDOWS,
): Date {
  assertValidInstant(from, 'start instant');
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Hours must be a non-negative number, got ${hours}`);
  const spans = toSpans(windows);

  let remaining = Math.round(hours * HOUR_MS);
  let day = vietnamDayOf(from);
  let time = vietnamTimeOfDayMs(from);
  for (;;) {
    if (calendar.isWorkingDay(day)) {
      for (const span of spans) {
        if (time >= span.end) continue;
        const start = Math.max(time, span.start);
        const available = span.end - start;
        if (remaining <= available) return vietnamInstantAtMs(day, start + remaining);
        remaining -= available;
        time = span.end;
      }
    }
    day = calendar.nextWorkingDay(day);
    time = 0;
  }
}

function toSpans(windows: readonly WorkingWindow[]): Span[] {
  if (windows.length === 0) throw new RangeError('At least one working window is needed');
  const spans = windows.map((w) => ({ start: parseClockTime(w.start), end: parseClockTime(w.end) }));
  spans.forEach((span, i) => {
    const previousEnd = i === 0 ? 0 : spans[i - 1].end;
    if (span.start >= span.end || span.start < previousEnd) {
      throw new RangeError('Working windows must be non-empty, in order and not overlapping');
    }
  });
  return spans;
}
