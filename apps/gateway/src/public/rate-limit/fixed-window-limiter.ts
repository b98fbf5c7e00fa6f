export interface LimitDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the current window ends. */
  retryAfterSeconds: number;
}

/**
 * In-memory fixed-window counter per key (client IP), per process. Bounded: counters are dropped when the window
 * turns, and beyond `maxKeys` distinct keys in one window new keys pass uncounted (memory over strictness).
 * A later issue replaces it with a limiter shared by the replicas.
 */
export class FixedWindowLimiter {
  private windowStart = 0;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  hit(key: string): LimitDecision {
    const now = this.now();
    const start = now - (now % this.windowMs);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.counts.clear();
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((start + this.windowMs - now) / 1000));
    const count = this.counts.get(key);
    if (count === undefined && this.counts.size >= this.maxKeys) return { allowed: true, remaining: 0, retryAfterSeconds };
    const next = (count ?? 0) + 1;
    this.counts.set(key, next);
    return { allowed: next <= this.limit, remaining: Math.max(0, this.limit - next), retryAfterSeconds };
  }
}
