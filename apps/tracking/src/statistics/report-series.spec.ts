import { isoWeekOf, seriesBuckets } from './report-series';

describe('seriesBuckets', () => {
  it('splits a 15th-to-14th period into calendar months, clipping the first and last', () => {
    expect(seriesBuckets('2025-11-15', '2026-02-14', 'month')).toEqual([
      { key: '2025-11', label: 'Tháng 11/2025', from: '2025-11-15', to: '2025-11-30' },
      { key: '2025-12', label: 'Tháng 12/2025', from: '2025-12-01', to: '2025-12-31' },
      { key: '2026-01', label: 'Tháng 01/2026', from: '2026-01-01', to: '2026-01-31' },
      { key: '2026-02', label: 'Tháng 02/2026', from: '2026-02-01', to: '2026-02-14' },
    ]);
    expect(seriesBuckets('2024-02-01', '2024-02-29', 'month')).toEqual([{ key: '2024-02', label: 'Tháng 02/2024', from: '2024-02-01', to: '2024-02-29' }]);
  });

  it('splits into ISO weeks (Monday to Sunday), across a year end whose week belongs to the next ISO year', () => {
    const weeks = seriesBuckets('2025-12-24', '2026-01-07', 'week');
    expect(weeks.map((w) => [w.key, w.from, w.to])).toEqual([
      ['2025-W52', '2025-12-24', '2025-12-28'],
      ['2026-W01', '2025-12-29', '2026-01-04'],
      ['2026-W02', '2026-01-05', '2026-01-07'],
    ]);
    expect(weeks[1].label).toBe('Tuần 01/2026 (29/12–04/01)');
  });

  it('gives the ISO week-year at both edges of the year', () => {
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2021-01-04')).toEqual({ year: 2021, week: 1 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2026-11-21')).toEqual({ year: 2026, week: 47 });
  });

  it('covers every day once, for periods of any length', () => {
    for (const grouping of ['month', 'week'] as const) {
      const buckets = seriesBuckets('2023-03-17', '2025-10-02', grouping);
      expect(buckets[0].from).toBe('2023-03-17');
      expect(buckets.at(-1)!.to).toBe('2025-10-02');
      for (let i = 1; i < buckets.length; i++) {
        const next = new Date(Date.parse(`${buckets[i - 1].to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(buckets[i].from).toBe(next);
      }
      expect(new Set(buckets.map((b) => b.key)).size).toBe(buckets.length);
    }
  });
});
