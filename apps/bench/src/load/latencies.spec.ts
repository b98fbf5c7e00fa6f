import { Latencies } from './latencies';

describe('Latencies', () => {
  it('gives nearest-rank percentiles over unsorted samples', () => {
    const l = new Latencies();
    for (const v of [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]) l.record(v);
    expect([l.percentile(50), l.percentile(90), l.percentile(99), l.percentile(100), l.percentile(0)]).toEqual([5, 9, 10, 10, 1]);
    expect(l.summary()).toEqual({ count: 10, p50: 5, p95: 10, p99: 10, max: 10 });
  });

  it('ignores what is not a duration and has no percentile without samples', () => {
    const l = new Latencies();
    l.record(Number.NaN);
    l.record(-1);
    expect(l.count).toBe(0);
    expect(l.summary()).toEqual({ count: 0, p50: undefined, p95: undefined, p99: undefined, max: undefined });
  });
});
