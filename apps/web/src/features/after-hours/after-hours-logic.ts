import type { OpeningDay, PublicProcedure, CatalogueProcedure, SessionOccurrence, SessionRecord, CounterStats } from './after-hours-types';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The day in Vietnam (UTC+7, no daylight saving) at `now`, as YYYY-MM-DD: the desk's "today", whatever the PC's zone. */
export function vietnamDay(now: Date): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** A day plus n days (YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** "HH:MM" of an instant in Vietnam. */
export function vietnamTime(instant: string): string {
  return new Date(new Date(instant).getTime() + VN_OFFSET_MS).toISOString().slice(11, 16);
}

/** The end of a session in Vietnam: a session running to midnight ends at 24:00, not 00:00. */
export function vietnamEndTime(instant: string): string {
  const time = vietnamTime(instant);
  return time === '00:00' ? '24:00' : time;
}

export type SessionState =
  | { open: true; current: SessionOccurrence & { date: string } }
  | { open: false; next?: SessionOccurrence & { date: string } };

/** The session open at `now` (start inclusive, end exclusive, as the gateway's gate counts), else the next one. */
export function sessionStateAt(days: readonly OpeningDay[], now: Date): SessionState {
  const t = now.getTime();
  const all = days.flatMap((d) => d.sessions.map((s) => ({ ...s, date: d.date }))).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const current = all.find((s) => Date.parse(s.startsAt) <= t && t < Date.parse(s.endsAt));
  if (current) return { open: true, current };
  return { open: false, next: all.find((s) => Date.parse(s.startsAt) > t) };
}

export interface EligibleProcedures {
  /** How the list was decided: the session's own list, the catalogue's flags, or (flags unreadable) same-day procedures. */
  basis: 'session-list' | 'catalogue-flags' | 'same-day';
  procedures: PublicProcedure[];
  /** Codes the session names that the catalogue does not show (not in force, or not received at this unit). */
  unknownCodes: string[];
}

/**
 * What the after-hours counter takes (libs/working-days sessionTakes): the session's list when it has one; else the
 * catalogue's afterHoursEligible flag, and for procedures without a flag, those settled the same day. Counter staff
 * read the flags in their desk's catalogue; only without it (an after-hours clerk outside a session reads the public
 * catalogue) is the same-day rule alone shown.
 */
export function eligibleProcedures(session: Pick<SessionRecord, 'eligibleProcedures'> | undefined, catalogue: readonly (PublicProcedure | CatalogueProcedure)[], flagsKnown: boolean): EligibleProcedures {
  const byCode = new Map(catalogue.map((p) => [p.code, p]));
  const list = session?.eligibleProcedures;
  if (list) {
    return {
      basis: 'session-list',
      procedures: list.flatMap((code) => byCode.get(code) ?? []),
      unknownCodes: list.filter((code) => !byCode.has(code)),
    };
  }
  const takes = (p: PublicProcedure | CatalogueProcedure) => {
    const flag = flagsKnown ? (p as CatalogueProcedure).afterHoursEligible : undefined;
    return flag ?? p.timeLimit.unit === 'same-day';
  };
  return { basis: flagsKnown ? 'catalogue-flags' : 'same-day', procedures: catalogue.filter(takes), unknownCodes: [] };
}

/** Lower-case, without diacritics (đ → d): "ho tich" finds "Hộ tịch". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/** Procedures whose code, name or field contains every word typed (diacritics optional). */
export function searchProcedures<T extends { code: string; name: string; field: string }>(list: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((p) => {
    const text = fold(`${p.code} ${p.name} ${p.field}`);
    return words.every((w) => text.includes(w));
  });
}

/** A counter code as the queue accepts it (lower-case letters, digits, dashes; e.g. quay-1), from what was typed. */
export function normaliseCounter(typed: string): string {
  return fold(typed.trim()).replace(/\s+/g, '-').replace(/[^a-z0-9-]/g, '').slice(0, 32);
}

export const COUNTER_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** The totals of the day's queue over every counter. */
export function queueTotals(counters: readonly CounterStats[]): { taken: number; waiting: number; served: number; skipped: number } {
  return counters.reduce(
    (t, c) => ({ taken: t.taken + c.taken, waiting: t.waiting + c.waiting, served: t.served + c.served, skipped: t.skipped + c.skipped }),
    { taken: 0, waiting: 0, served: 0, skipped: 0 },
  );
}

/** A fresh Idempotency-Key (the gateway wants 8–128 of A-Z a-z 0-9 . _ : -). */
export function newKey(prefix: string): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}
