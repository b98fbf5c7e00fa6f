import { PermanentDeliveryFailure, TemporaryDeliveryFailure } from '../providers/notification-provider';
import { failureOutcome, safeReason } from './failure-outcome';

const settings = { maxAttempts: 4, retryBaseMs: 1_000, retryMaxMs: 5_000 };

describe('failureOutcome', () => {
  it('retries a temporary failure with a doubling delay, capped', () => {
    const gatewayDown = new TemporaryDeliveryFailure('gateway timeout');
    expect(failureOutcome(gatewayDown, 1, settings)).toEqual({ status: 'temporary-failure', retryInMs: 1_000, reason: 'gateway timeout' });
    expect(failureOutcome(gatewayDown, 2, settings)).toMatchObject({ retryInMs: 2_000 });
    expect(failureOutcome(gatewayDown, 3, settings)).toMatchObject({ retryInMs: 4_000 });
    expect(failureOutcome(gatewayDown, 3, { ...settings, retryMaxMs: 3_000 })).toMatchObject({ retryInMs: 3_000 });
  });

  it('waits as long as the provider asked (Retry-After), within the longest backoff', () => {
    expect(failureOutcome(new TemporaryDeliveryFailure('throttled', 3_000), 1, settings)).toMatchObject({ retryInMs: 3_000 });
    expect(failureOutcome(new TemporaryDeliveryFailure('throttled', 60_000), 1, settings)).toMatchObject({ retryInMs: 5_000 });
    expect(failureOutcome(new TemporaryDeliveryFailure('throttled', 10), 2, settings)).toMatchObject({ retryInMs: 2_000 });
  });

  it('gives up after the last attempt', () => {
    expect(failureOutcome(new TemporaryDeliveryFailure('gateway timeout'), 4, settings)).toEqual({
      status: 'permanent-failure',
      reason: 'gave up after 4 attempts: gateway timeout',
    });
  });

  it('never retries a permanent failure', () => {
    expect(failureOutcome(new PermanentDeliveryFailure('number does not exist'), 1, settings)).toEqual({
      status: 'permanent-failure',
      reason: 'number does not exist',
    });
  });

  it('treats an unexpected error as temporary, keeping only its kind (it may quote the address)', () => {
    const outcome = failureOutcome(new TypeError('cannot send to 0912345678'), 1, settings);
    expect(outcome).toEqual({ status: 'temporary-failure', retryInMs: 1_000, reason: 'unexpected TypeError' });
    expect(safeReason('boom')).toBe('unexpected error');
  });
});
