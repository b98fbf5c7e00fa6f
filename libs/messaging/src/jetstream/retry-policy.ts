export interface RetryPolicy {
  /** Deliveries after which a failing message goes to the dead-letter stream. */
  maxDeliveries: number;
  /** Delay before each redelivery, by attempt; the last value repeats. */
  backoffMs: number[];
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxDeliveries: 8,
  backoffMs: [500, 1_000, 2_000, 5_000, 10_000, 30_000, 60_000],
};

export type FailureDecision = { action: 'retry'; delayMs: number } | { action: 'dead-letter' };

/** What to do with a message whose handler failed on its `deliveryCount`-th delivery. */
export function decideOnFailure(policy: RetryPolicy, deliveryCount: number, permanent: boolean): FailureDecision {
  if (permanent || deliveryCount >= policy.maxDeliveries) return { action: 'dead-letter' };
  const index = Math.min(deliveryCount - 1, policy.backoffMs.length - 1);
  return { action: 'retry', delayMs: policy.backoffMs[Math.max(index, 0)] };
}

/** A delivery beyond the maximum means earlier attempts died without an outcome (a crash): stop the loop. */
export function exceededWithoutOutcome(policy: RetryPolicy, deliveryCount: number): boolean {
  return deliveryCount > policy.maxDeliveries;
}
