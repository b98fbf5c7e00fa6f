import { countedDeliveries, DEFAULT_RETRY_POLICY, decideOnFailure, delayOnOutage, exceededWithoutOutcome } from './retry-policy';

describe('retry policy', () => {
  const policy = { maxDeliveries: 4, backoffMs: [100, 1_000, 5_000] };

  it('retries with a growing delay, repeating the last one', () => {
    expect(decideOnFailure(policy, 1, false)).toEqual({ action: 'retry', delayMs: 100 });
    expect(decideOnFailure(policy, 2, false)).toEqual({ action: 'retry', delayMs: 1_000 });
    expect(decideOnFailure(policy, 3, false)).toEqual({ action: 'retry', delayMs: 5_000 });
  });

  it('dead-letters on the last allowed delivery', () => {
    expect(decideOnFailure(policy, 4, false)).toEqual({ action: 'dead-letter' });
  });

  it('dead-letters a permanent failure at once', () => {
    expect(decideOnFailure(policy, 1, true)).toEqual({ action: 'dead-letter' });
  });

  it('recognises deliveries past the maximum as crashed attempts', () => {
    expect(exceededWithoutOutcome(policy, 4)).toBe(false);
    expect(exceededWithoutOutcome(policy, 5)).toBe(true);
  });

  it('default backoff grows monotonically', () => {
    const delays = DEFAULT_RETRY_POLICY.backoffMs;
    expect([...delays].sort((a, b) => a - b)).toEqual(delays);
  });

  it('waits out a database outage with a growing delay capped at the last one, whatever the delivery count', () => {
    const outage = { ...policy, outageBackoffMs: [100, 1_000, 30_000] };
    expect([1, 2, 3, 4, 50, 10_000].map((n) => delayOnOutage(outage, n))).toEqual([100, 1_000, 30_000, 30_000, 30_000, 30_000]);
    // Without its own outage backoff a policy uses the default one, capped at 30 s.
    expect(delayOnOutage(policy, 1)).toBe(1_000);
    expect(delayOnOutage(policy, 99)).toBe(30_000);
    expect(Math.max(...DEFAULT_RETRY_POLICY.outageBackoffMs!)).toBe(30_000);
  });

  it('does not count deliveries spent on an outage toward the budget', () => {
    // 40 deliveries, 38 of them nak'ed because the database was away: this is the second counted one.
    expect(countedDeliveries(40, 38)).toBe(2);
    expect(exceededWithoutOutcome(policy, countedDeliveries(40, 38))).toBe(false);
    expect(decideOnFailure(policy, countedDeliveries(40, 38), false)).toEqual({ action: 'retry', delayMs: 1_000 });
    expect(countedDeliveries(3, 0)).toBe(3);
    expect(countedDeliveries(5, 9)).toBe(1);
  });
});
