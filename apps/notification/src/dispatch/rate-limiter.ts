/**
 * A token bucket per provider: `ratePerSecond` sends a second on average, bursts of up to `burst`. Per process:
 * with N replicas the provider sees up to N times the rate, so set it to the provider's limit divided by N.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limits: Readonly<Record<string, { ratePerSecond: number; burst: number } | undefined>>) {}

  /** 0 when a send may go now (and counts it); otherwise how many ms until one may. */
  take(key: string, nowMs: number): number {
    const limit = this.limits[key];
    if (!limit) return 0;
    const bucket = this.buckets.get(key) ?? { tokens: limit.burst, at: nowMs };
    const refilled = Math.min(limit.burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * limit.ratePerSecond);
    if (refilled >= 1) {
      this.buckets.set(key, { tokens: refilled - 1, at: nowMs });
      return 0;
    }
    this.buckets.set(key, { tokens: refilled, at: nowMs });
    return Math.ceil(((1 - refilled) / limit.ratePerSecond) * 1000);
  }
}
