import { FixedWindowLimiter } from './fixed-window-limiter';

describe('FixedWindowLimiter', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 1_800_000_000_000; // a window boundary (multiple of 60 s)
  });

  it('allows `limit` hits per key per window, then refuses until the window turns', () => {
    const limiter = new FixedWindowLimiter(3, 60_000, clock);
    expect([1, 2, 3].map(() => limiter.hit('1.2.3.4').allowed)).toEqual([true, true, true]);
    now += 10_000;
    expect(limiter.hit('1.2.3.4')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 50 });
    now += 50_000;
    expect(limiter.hit('1.2.3.4')).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 60 });
  });

  it('counts each key on its own', () => {
    const limiter = new FixedWindowLimiter(1, 60_000, clock);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('b').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
  });

  it('stays bounded: beyond maxKeys new keys pass uncounted, known keys are still limited', () => {
    const limiter = new FixedWindowLimiter(1, 60_000, clock, 2);
    limiter.hit('a');
    limiter.hit('b');
    expect(limiter.hit('c')).toMatchObject({ allowed: true });
    expect(limiter.hit('c')).toMatchObject({ allowed: true });
    expect(limiter.hit('a').allowed).toBe(false);
  });
});
