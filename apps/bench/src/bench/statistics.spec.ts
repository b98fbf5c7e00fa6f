import { parseStatisticsOutput } from './statistics';

describe("reading tracking's statistics benchmark", () => {
  it('takes every timing line and the seeding time', () => {
    const out = parseStatisticsOutput([
      'seeded in 212 s',
      '  statistics, November 2025 (month cells)                       first    41.2 ms   median     8.3 ms   max    12.0 ms',
      '  766 indicators, November 2025                                   first   120.0 ms   median    60.5 ms   max    70.1 ms',
      'write path: 8000 events',
    ]);
    expect(out).toEqual({
      seedSeconds: 212,
      timings: [
        { label: 'statistics, November 2025 (month cells)', firstMs: 41.2, medianMs: 8.3, maxMs: 12 },
        { label: '766 indicators, November 2025', firstMs: 120, medianMs: 60.5, maxMs: 70.1 },
      ],
    });
  });
});
