import { Latencies } from './latencies';

export type Outcome = 'ok' | 'rejected' | 'error';

export interface LoadResult {
  /** Requests per second asked for (open loop) or the concurrency (closed loop). */
  offered: number;
  sent: number;
  ok: number;
  rejected: number;
  errors: number;
  /** Requests the generator could not even start before the end (the system fell too far behind). */
  unsent: number;
  durationMs: number;
  /** Successful responses per second over the measurement window. */
  okPerSec: number;
  /** Latency of successful requests, measured from their *intended* start (open loop: waiting counts). */
  latency: Latencies;
  /** Sample of failure reasons, for the report. */
  failures: Record<string, number>;
}

export interface OpenLoopOptions {
  /** Requests per second, evenly spaced. */
  rate: number;
  durationMs: number;
  /** In flight at most; beyond, requests wait in the generator (and their wait is part of their latency). */
  maxInFlight: number;
  /** How long in-flight requests may take to finish after the window. */
  drainMs?: number;
  task: (i: number) => Promise<{ outcome: Outcome; reason?: string }>;
  onTick?: (progress: { elapsedMs: number; sent: number; ok: number; inFlight: number; queued: number }) => void;
}

/**
 * Fixed offered load (open loop, as real desks are: citizens do not wait for each other). Request i is due at
 * t0 + i/rate; its latency runs from then, so a stalled system shows up as latency rather than as a politely
 * lower request rate ("coordinated omission"). Bounded in count (rate × duration), time and concurrency.
 */
export async function runOpenLoop(opts: OpenLoopOptions): Promise<LoadResult> {
  const total = Math.max(1, Math.round((opts.rate * opts.durationMs) / 1000));
  const latency = new Latencies();
  const failures: Record<string, number> = {};
  let sent = 0;
  let ok = 0;
  let rejected = 0;
  let errors = 0;
  let inFlight = 0;
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  const windowEnd = t0 + opts.durationMs;
  let lastTick = t0;
  let lastDone = t0;

  const fire = (i: number, intendedAt: number): void => {
    inFlight++;
    sent++;
    const p = opts.task(i).then(
      ({ outcome, reason }) => {
        const done = performance.now();
        lastDone = done;
        if (outcome === 'ok') {
          ok++;
          latency.record(done - intendedAt);
        } else {
          if (outcome === 'rejected') rejected++;
          else errors++;
          const key = reason ?? outcome;
          failures[key] = (failures[key] ?? 0) + 1;
        }
      },
      (err: Error) => {
        errors++;
        failures[err.message] = (failures[err.message] ?? 0) + 1;
      },
    );
    pending.push(p.finally(() => inFlight--));
  };

  let next = 0;
  while (next < total) {
    const now = performance.now();
    if (now > windowEnd + 1000) break; // hopelessly behind: leave the rest unsent
    const due = Math.min(total, Math.floor(((now - t0) * opts.rate) / 1000) + 1);
    while (next < due && inFlight < opts.maxInFlight) {
      fire(next, t0 + (next * 1000) / opts.rate);
      next++;
    }
    if (opts.onTick && now - lastTick >= 1000) {
      lastTick = now;
      opts.onTick({ elapsedMs: now - t0, sent, ok, inFlight, queued: due - next });
    }
    await new Promise((r) => setTimeout(r, next < due ? 1 : Math.max(1, Math.min(20, t0 + (next * 1000) / opts.rate - performance.now()))));
  }
  const unsent = total - next;
  const drainMs = opts.drainMs ?? 15_000;
  await settleWithin(pending, drainMs);
  const unanswered = sent - ok - rejected - errors;
  if (unanswered > 0) failures[`no answer ${Math.round(drainMs / 1000)} s after the window`] = unanswered;
  if (unsent > 0) failures['not sent: the generator fell more than 1 s behind'] = unsent;
  // Throughput over the window, or until the last answer when the system lagged behind the offered load.
  const durationMs = Math.max(opts.durationMs, lastDone - t0);
  return {
    offered: opts.rate,
    sent,
    ok,
    rejected,
    errors: errors + Math.max(0, unanswered),
    unsent,
    durationMs,
    okPerSec: (ok * 1000) / Math.max(durationMs, 1),
    latency,
    failures,
  };
}

export interface ClosedLoopOptions {
  /** Workers, each sending its next request when the previous one answered. */
  concurrency: number;
  durationMs: number;
  task: (i: number) => Promise<{ outcome: Outcome; reason?: string }>;
  onTick?: (progress: { elapsedMs: number; ok: number }) => void;
}

/** Saturation: `concurrency` workers back to back for `durationMs`; what comes back per second is the capacity. */
export async function runClosedLoop(opts: ClosedLoopOptions): Promise<LoadResult> {
  const latency = new Latencies();
  const failures: Record<string, number> = {};
  let sent = 0;
  let ok = 0;
  let rejected = 0;
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + opts.durationMs;
  let lastTick = t0;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const i = sent++;
      const start = performance.now();
      try {
        const { outcome, reason } = await opts.task(i);
        if (outcome === 'ok') {
          ok++;
          latency.record(performance.now() - start);
        } else {
          if (outcome === 'rejected') rejected++;
          else errors++;
          failures[reason ?? outcome] = (failures[reason ?? outcome] ?? 0) + 1;
          if (outcome === 'error') await new Promise((r) => setTimeout(r, 50)); // no hot loop on a dead system
        }
      } catch (err) {
        errors++;
        failures[(err as Error).message] = (failures[(err as Error).message] ?? 0) + 1;
      }
      const now = performance.now();
      if (opts.onTick && now - lastTick >= 1000) {
        lastTick = now;
        opts.onTick({ elapsedMs: now - t0, ok });
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const durationMs = performance.now() - t0;
  return {
    offered: opts.concurrency,
    sent,
    ok,
    rejected,
    errors,
    unsent: 0,
    durationMs,
    okPerSec: (ok * 1000) / durationMs,
    latency,
    failures,
  };
}

async function settleWithin(promises: Promise<unknown>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled(promises), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
