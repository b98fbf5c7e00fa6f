export interface RetryPolicy {
  /** Deliveries after which a failing message goes to the dead-letter stream. */
  maxDeliveries: number;
  /** Delay before each redelivery, by attempt; the last value repeats. */
  backoffMs: number[];
  /**
   * Delay before a redelivery while the database is unreachable, by the message's number of such deliveries; the
   * last value repeats (the cap). These deliveries do not count toward `maxDeliveries`: an outage is not a poison
   * message, so it is ridden out however long it lasts.
   */
  outageBackoffMs?: number[];
}

export const DEFAULT_OUTAGE_BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000];

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxDeliveries: 8,
  backoffMs: [500, 1_000, 2_000, 5_000, 10_000, 30_000, 60_000],
  outageBackoffMs: DEFAULT_OUTAGE_BACKOFF_MS,
};

export type FailureDecision = { action: 'retry'; delayMs: number } | { action: 'dead-letter' };

/**
 * What to do with a message whose handler failed on its `deliveryCount`-th counted delivery (deliveries spent
 * waiting out a database outage already taken off).
 */
export function decideOnFailure(policy: RetryPolicy, deliveryCount: number, permanent: boolean): FailureDecision {
  if (permanent || deliveryCount >= policy.maxDeliveries) return { action: 'dead-letter' };
  const index = Math.min(deliveryCount - 1, policy.backoffMs.length - 1);
  return { action: 'retry', delayMs: policy.backoffMs[Math.max(index, 0)] };
}

/** Delay before redelivering a message whose handler found the database unreachable for the `outageDeliveries`-th time. */
export function delayOnOutage(policy: RetryPolicy, outageDeliveries: number): number {
  const delays = policy.outageBackoffMs?.length ? policy.outageBackoffMs : DEFAULT_OUTAGE_BACKOFF_MS;
  return delays[Math.max(0, Math.min(outageDeliveries - 1, delays.length - 1))];
}

/**
 * The deliveries that count toward `maxDeliveries`: JetStream's count less those that ended in an outage nak.
 * Never below 1 (this delivery counts).
 */
export function countedDeliveries(deliveryCount: number, outageDeliveries: number): number {
  return Math.max(1, deliveryCount - outageDeliveries);
}

/** A delivery beyond the maximum means earlier attempts died without an outcome (a crash): stop the loop. */
export function exceededWithoutOutcome(policy: RetryPolicy, deliveryCount: number): boolean {
  return deliveryCount > policy.maxDeliveries;
}
