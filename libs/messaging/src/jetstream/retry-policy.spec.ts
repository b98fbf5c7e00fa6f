import { DEFAULT_RETRY_POLICY, decideOnFailure, exceededWithoutOutcome } from './retry-policy';

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
});
