import { bucketsOf } from './period';
import { breakdownRows, chartRows, coverageOf, headlineOf, OTHERS_KEY, trendPoints, trendSeries } from './series';
import { figures, row, statistics } from './test-fixtures';
import type { ServiceIndicators } from './types';

describe('trendSeries', () => {
  it('takes one value per bucket, in bucket order, and sums the flows', () => {
    const buckets = bucketsOf({ from: '2026-09-01', to: '2026-11-21', granularity: 'month' });
    const series = trendSeries([
      { bucket: buckets[0], figures: figures({ received: 10, resolved: { early: 3, onTime: 4, late: 1 }, onTimeRate: 90 }) },
      { bucket: buckets[1], figures: figures({ received: 0 }) },
      { bucket: buckets[2], figures: figures({ received: 5, resolved: { early: 2 }, onTimeRate: 100 }) },
    ]);
    expect(series).toEqual({
      keys: ['2026-09', '2026-10', '2026-11'],
      early: [3, 0, 2],
      onTime: [4, 0, 0],
      late: [1, 0, 0],
      received: [10, 0, 5],
      onTimeRate: [90, null, 100],
      totals: { early: 5, onTime: 4, late: 1, received: 15 },
    });
  });
});

describe('trendPoints', () => {
  it("takes each bucket's figures from the one grouped answer by key, in bucket order, without the row's own fields", () => {
    const buckets = bucketsOf({ from: '2025-12-24', to: '2026-01-07', granularity: 'week' });
    const answer = statistics(figures(), [
      { ...row('2026-W02', 'Tuần 02/2026', figures({ received: 3 })), from: '2026-01-05', to: '2026-01-07' },
      { ...row('2025-W52', 'Tuần 52/2025', figures({ received: 1 })), from: '2025-12-24', to: '2025-12-28' },
      { ...row('2026-W01', 'Tuần 01/2026', figures({ received: 2, resolved: { late: 1 } })), from: '2025-12-29', to: '2026-01-04' },
    ]);
    const points = trendPoints(buckets, answer);
    expect(points.map((p) => [p.bucket.key, p.figures.received])).toEqual([
      ['2025-W52', 1],
      ['2026-W01', 2],
      ['2026-W02', 3],
    ]);
    expect(points[1].figures).toEqual(figures({ received: 2, resolved: { late: 1 } }));
  });

  it('refuses an answer that lacks a bucket rather than drawing a zero', () => {
    const buckets = bucketsOf({ from: '2026-10-01', to: '2026-11-21', granularity: 'month' });
    expect(() => trendPoints(buckets, statistics(figures(), [row('2026-10', 'Tháng 10/2026', figures())]))).toThrow('2026-11');
  });
});

describe('breakdownRows and chartRows', () => {
  const rows = [
    row('a', 'Chứng thực', figures({ received: 2, resolved: { early: 2 } })),
    row('b', 'Đất đai', figures({ received: 6, carriedOver: 1, resolved: { onTime: 1, late: 1 }, inProgress: { late: 2, notYetDue: 3 }, onTimeRate: 57.14 })),
    row('c', 'Hộ tịch', figures({ received: 2, resolved: { early: 1 }, inProgress: { nearLate: 1 } })),
  ];

  it('puts the busiest first, with outcome, overdue and the received share (summing to 100)', () => {
    const out = breakdownRows(rows);
    expect(out.map((r) => r.key)).toEqual(['b', 'a', 'c']);
    expect(out[0]).toEqual({
      key: 'b',
      label: 'Đất đai',
      received: 6,
      toProcess: 7,
      outcome: { early: 0, onTime: 1, late: 1, inProgress: 5 },
      overdue: 2,
      onTimeRate: 57.14,
      receivedShare: 60,
    });
    expect(out.map((r) => r.receivedShare)).toEqual([60, 20, 20]);
  });

  it('sums what does not fit the chart into one "others" bar, keeping the totals', () => {
    const out = chartRows(breakdownRows(rows), 2);
    expect(out.map((r) => r.key)).toEqual(['b', OTHERS_KEY]);
    expect(out[1]).toMatchObject({ label: '2', received: 4, toProcess: 4, outcome: { early: 3, onTime: 0, late: 0, inProgress: 1 }, receivedShare: 40 });
    expect(chartRows(breakdownRows(rows), 3)).toHaveLength(3);
  });
});

describe('headlineOf', () => {
  const indicators = (over: Partial<Record<string, { value: number | null; available: boolean }>>): ServiceIndicators => ({
    unit: { code: '869', name: 'x' },
    from: '2026-11-01',
    to: '2026-11-30',
    asOf: '2026-11-21T09:00:00.000Z',
    perspective: 'competent',
    averageResolutionTime: [],
    indicators: Object.entries(over).map(([code, v]) => ({ code, name: code, formula: '', numerator: 1, denominator: 2, ...v! })),
  });

  it('reads 2.1, 3.3 and 5.c from the indicators and the overdue count from the statistics', () => {
    const h = headlineOf(statistics(figures({ received: 9, carriedOver: 1, resolved: { late: 2 }, inProgress: { late: 3, nearLate: 1 } })), indicators({ '2.1': { value: 70, available: true }, '3.3': { value: 50, available: true }, '5.c': { value: 80, available: true } }));
    expect(h).toMatchObject({ overdue: 3, nearLate: 1, received: 9, toProcess: 10, resolvedLate: 2 });
    expect([h.onTime?.value, h.online?.value, h.satisfaction?.value]).toEqual([70, 50, 80]);
  });

  it('leaves out an indicator the API cannot compute yet, and copes without indicators', () => {
    const h = headlineOf(statistics(figures()), indicators({ '5.c': { value: null, available: false } }));
    expect(h.satisfaction).toBeUndefined();
    expect(headlineOf(statistics(figures()), undefined).onTime).toBeUndefined();
  });
});

describe('coverageOf', () => {
  it('takes the API’s percentage, else computes it the same way (seed 000: 5,468 of 6,240)', () => {
    expect(coverageOf(6240, 5468, 87.63)).toBe(87.63);
    expect(coverageOf(6240, 5468, null)).toBe(87.63);
    expect(coverageOf(0, 0, null)).toBeNull();
  });
});
