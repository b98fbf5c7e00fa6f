import { ApiError } from '../../api/api-error';

/** A problem found before sending, as a key of this namespace's `validation.*` strings. */
export type Problem = 'required' | 'tooLong' | 'notAfterToday' | 'badDate';
export type Problems = Record<string, Problem>;

const blank = (s: string) => s.trim() === '';

function text(problems: Problems, field: string, value: string, max: number): void {
  if (blank(value)) problems[field] = 'required';
  else if (value.trim().length > max) problems[field] = 'tooLong';
}

/** ResolveTransferBody: resultRef 1–120, summary 1–1000. */
export function validateResolve(v: { resultRef: string; summary: string }): Problems {
  const p: Problems = {};
  text(p, 'resultRef', v.resultRef, 120);
  text(p, 'summary', v.summary, 1000);
  return p;
}

export interface SupplementItemDraft {
  name: string;
  reason: string;
}

/** RequestSupplementBody: 1–50 items, each name 1–200 and reason 1–500. Blank rows are dropped, not refused. */
export function supplementItems(items: readonly SupplementItemDraft[]): SupplementItemDraft[] {
  return items.filter((i) => !blank(i.name) || !blank(i.reason)).map((i) => ({ name: i.name.trim(), reason: i.reason.trim() }));
}

export function validateSupplement(items: readonly SupplementItemDraft[]): Problems {
  const p: Problems = {};
  const kept = supplementItems(items);
  if (kept.length === 0) p['items'] = 'required';
  if (kept.length > 50) p['items'] = 'tooLong';
  // Problems are named by the index the gateway would see (blank rows dropped), like its own errors.
  kept.forEach((item, i) => {
    text(p, `items[${i}].name`, item.name, 200);
    text(p, `items[${i}].reason`, item.reason, 500);
  });
  return p;
}

/** RefuseTransferBody: 1–20 reasons of 1–500 characters; one reason a line. */
export function refusalReasons(textarea: string): string[] {
  return textarea
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function validateRefuse(textarea: string): Problems {
  const reasons = refusalReasons(textarea);
  if (reasons.length === 0) return { reasons: 'required' };
  if (reasons.length > 20 || reasons.some((r) => r.length > 500)) return { reasons: 'tooLong' };
  return {};
}

/** `YYYY-MM-DD` and `HH:MM` (Vietnam time, what the handler means) as an ISO instant with its offset. */
export function vietnamIso(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const iso = `${date}T${time}:00+07:00`;
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return undefined;
  // Reject 2026-02-30 and the like, which Date rolls over.
  return vietnamDay(parsed) === date ? iso : undefined;
}

/** The Vietnam calendar day (YYYY-MM-DD) of an instant, whatever the PC's time zone. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** DeclareDelayBody: a reason (1–1000) and a new appointment after today (relay checks the rest: once, ≥1 working day ahead). */
export function validateDelay(v: { reason: string; date: string; time: string }, now: Date): Problems {
  const p: Problems = {};
  text(p, 'reason', v.reason, 1000);
  if (blank(v.date)) p['newAppointmentAt'] = 'required';
  else if (!vietnamIso(v.date, v.time || '00:00')) p['newAppointmentAt'] = 'badDate';
  else if (v.date <= vietnamDay(now)) p['newAppointmentAt'] = 'notAfterToday';
  return p;
}

/**
 * The gateway's field problems keyed the way the forms name fields: class-validator says `items.0.name`, other
 * checks `items[0].name`; both become `items[0].name`.
 */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [field, reason] of Object.entries(error.byField())) {
    const key = field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    out[key] ??= reason;
  }
  return out;
}

/**
 * Someone else changed the transfer since this screen loaded it: the version the user saw is stale (409
 * stale_version / 412), or the transfer has moved to a state where this action no longer applies (409 wrong_state).
 */
export function isConcurrentChange(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || (error.status === 409 && error.code !== 'idempotency_key_reused'));
}

/**
 * One Idempotency-Key per distinct request: a retry of the same request (after a lost answer) reuses it, so the
 * office does not act twice; a changed request (edited input, a newer version) gets a new one.
 */
export class IdempotencyKeys {
  private signature?: string;
  private key?: string;

  constructor(private readonly generate: () => string = newKey) {}

  for(request: unknown): string {
    const signature = JSON.stringify(request);
    if (signature !== this.signature || !this.key) {
      this.signature = signature;
      this.key = this.generate();
    }
    return this.key;
  }

  /** After a success: the next request is a new one even if it looks the same. */
  done(): void {
    this.signature = undefined;
    this.key = undefined;
  }
}

/** A random UUID (crypto.randomUUID exists only on secure origins; a desk PC may reach the app over plain http). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
