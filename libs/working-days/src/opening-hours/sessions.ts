import { LegalCalendar } from '../calendar/legal-calendar';
import { addDays, assertIsoDay, IsoDay, weekdayOf } from '../time/iso-day';
import { assertValidInstant, parseClockTime, vietnamDayOf, vietnamInstant } from '../time/vietnam-time';
import { ProcedureFacts, SessionOccurrence, SessionRule } from './schedule-types';

const DAY_OFF_KINDS = new Set(['holiday', 'compensatory', 'official-day-off', 'provincial-day-off']);

/** Whether the session is held on a day: its weekdays (holidays on them only with onDaysOff), or any day off with onDaysOff. */
export function isHeldOn(rule: SessionRule, day: IsoDay, calendar: LegalCalendar): boolean {
  assertIsoDay(day);
  if (day < rule.validFrom || (rule.validTo !== null && day > rule.validTo) || rule.closedOn?.includes(day)) return false;
  const dayOff = DAY_OFF_KINDS.has(calendar.describeDay(day).kind);
  if (dayOff) return rule.onDaysOff;
  return rule.weekdays.includes(weekdayOf(day));
}

export function occurrenceOn(rule: SessionRule, day: IsoDay, calendar: LegalCalendar): SessionOccurrence | undefined {
  if (!isHeldOn(rule, day, calendar)) return undefined;
  return {
    sessionId: rule.id,
    sessionName: rule.name,
    unitCode: rule.unitCode,
    date: day,
    startsAt: vietnamInstant(day, rule.start),
    endsAt: vietnamInstant(day, rule.end),
  };
}

/** The occurrences of any of the sessions between two days (inclusive), in time order. */
export function occurrencesBetween(rules: readonly SessionRule[], from: IsoDay, to: IsoDay, calendar: LegalCalendar): SessionOccurrence[] {
  const found: SessionOccurrence[] = [];
  for (let day = assertIsoDay(from); day <= assertIsoDay(to); day = addDays(day, 1)) {
    for (const rule of rules) {
      const occurrence = occurrenceOn(rule, day, calendar);
      if (occurrence) found.push(occurrence);
    }
  }
  return found.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** The session open at an instant (start inclusive, end exclusive), if any. */
export function openSessionAt(rules: readonly SessionRule[], at: Date, calendar: LegalCalendar): { rule: SessionRule; occurrence: SessionOccurrence } | undefined {
  assertValidInstant(at, 'at');
  const day = vietnamDayOf(at);
  for (const rule of rules) {
    const occurrence = occurrenceOn(rule, day, calendar);
    if (occurrence && occurrence.startsAt.getTime() <= at.getTime() && at.getTime() < occurrence.endsAt.getTime()) return { rule, occurrence };
  }
  return undefined;
}

/** The first occurrence still running or starting after `after`, among sessions passing `accept`, within `horizonDays`. */
export function nextOccurrence(
  rules: readonly SessionRule[],
  after: Date,
  calendar: LegalCalendar,
  accept: (rule: SessionRule) => boolean = () => true,
  horizonDays = 62,
): SessionOccurrence | undefined {
  const candidates = rules.filter(accept);
  if (candidates.length === 0) return undefined;
  const first = vietnamDayOf(after);
  for (let i = 0; i <= horizonDays; i++) {
    const next = occurrencesBetween(candidates, addDays(first, i), addDays(first, i), calendar).find((o) => o.endsAt.getTime() > after.getTime());
    if (next) return next;
  }
  return undefined;
}

/**
 * Whether a session takes a procedure: its own list when it has one; otherwise the catalogue's afterHoursEligible
 * flag, and failing that the default of the after-hours model (seed 002): same-day procedures.
 */
export function takesProcedure(rule: SessionRule, procedure: ProcedureFacts): boolean {
  if (rule.eligibleProcedures !== null) return rule.eligibleProcedures.includes(procedure.code);
  return procedure.afterHoursEligible ?? procedure.timeLimit.unit === 'same-day';
}

/** The bookable slots of an occurrence: consecutive slots of the session's length that end by its close. */
export function slotsOf(rule: SessionRule, occurrence: SessionOccurrence): { start: Date; end: Date }[] {
  if (!Number.isInteger(rule.slotMinutes) || rule.slotMinutes < 5) throw new RangeError(`Slot length must be at least 5 whole minutes, got ${rule.slotMinutes}`);
  const slots: { start: Date; end: Date }[] = [];
  const step = rule.slotMinutes * 60_000;
  for (let t = occurrence.startsAt.getTime(); t + step <= occurrence.endsAt.getTime(); t += step) slots.push({ start: new Date(t), end: new Date(t + step) });
  return slots;
}

/** A session ends after it starts, on the same day (evening sessions end by midnight). */
export function assertSessionTimes(rule: Pick<SessionRule, 'start' | 'end'>): void {
  if (parseClockTime(rule.start) >= parseClockTime(rule.end)) throw new RangeError('A session must end after it starts');
}
