import { filtersFromParams, filtersToParams, reportQuery } from './filters';

const today = '2026-11-21';

describe('dashboard filters in the address', () => {
  it('starts on the defaults: six months by month, the reader’s perspective', () => {
    expect(filtersFromParams(new URLSearchParams(), today, { perspective: 'receiving' })).toEqual({
      unitCode: undefined,
      preset: 'last-6-months',
      from: '2026-06-01',
      to: today,
      granularity: 'month',
      perspective: 'receiving',
      procedureCode: undefined,
      channel: undefined,
    });
  });

  it('round-trips a custom view', () => {
    const f = { unitCode: '29972', preset: 'custom' as const, from: '2026-01-15', to: '2026-02-14', granularity: 'week' as const, perspective: 'competent' as const, procedureCode: '2.001458', channel: 'online' as const };
    expect(filtersFromParams(new URLSearchParams(filtersToParams(f)), today, { perspective: 'receiving' })).toEqual(f);
  });

  it('recomputes a named preset for today, keeps a chosen granularity, ignores unknown values', () => {
    const f = filtersFromParams(new URLSearchParams('preset=this-year&granularity=week&perspective=sideways&channel=fax&from=2020-01-01'), today, { perspective: 'competent', unitCode: '82' });
    expect(f).toMatchObject({ preset: 'this-year', from: '2026-01-01', to: today, granularity: 'week', perspective: 'competent', channel: undefined, unitCode: '82' });
  });

  it('builds the report query of a bucket', () => {
    const f = filtersFromParams(new URLSearchParams('channel=zalo'), today, { perspective: 'competent' });
    expect(reportQuery(f, { from: '2026-07-01', to: '2026-07-31' })).toEqual({ unitCode: undefined, from: '2026-07-01', to: '2026-07-31', perspective: 'competent', procedureCode: undefined, channel: 'zalo' });
  });
});
