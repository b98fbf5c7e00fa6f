import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('lets a burst through, then one send per 1/rate seconds', () => {
    const limiter = new RateLimiter({ sms: { ratePerSecond: 2, burst: 2 } });
    expect(limiter.take('sms', 0)).toBe(0);
    expect(limiter.take('sms', 0)).toBe(0);
    expect(limiter.take('sms', 0)).toBe(500);
    expect(limiter.take('sms', 250)).toBe(250);
    expect(limiter.take('sms', 500)).toBe(0);
    expect(limiter.take('sms', 500)).toBe(500);
  });

  it('keeps providers apart, and leaves unlimited ones alone', () => {
    const limiter = new RateLimiter({ sms: { ratePerSecond: 1, burst: 1 } });
    expect(limiter.take('sms', 0)).toBe(0);
    expect(limiter.take('sms', 0)).toBe(1000);
    for (let i = 0; i < 100; i++) expect(limiter.take('email', 0)).toBe(0);
  });

  it('does not save up more than the burst while idle', () => {
    const limiter = new RateLimiter({ zalo: { ratePerSecond: 10, burst: 3 } });
    const at = 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take('zalo', at))).toEqual([0, 0, 0, 100]);
  });
});
