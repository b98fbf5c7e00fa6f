import { planVersions, type Version } from './plan-versions';

interface V extends Version {
  limit: number;
}
const v = (code: string, validFrom: string, validTo: string | null, limit = 3): V => ({ code, validFrom, validTo, limit });
const row = (i: number) => `procedures[${i}]`;
const TODAY = '2026-11-20';

describe('planVersions: merging imported versions into the stored ones', () => {
  it('inserts new versions, counts identical ones, and updates a version that has not taken effect yet', () => {
    const stored = [v('a', '2019-01-01', null), v('b', '2027-01-01', null, 5)];
    const plan = planVersions(stored, [v('a', '2019-01-01', null), v('b', '2027-01-01', null, 7), v('c', '2020-01-01', null)], TODAY, row);
    expect(plan).toMatchObject({ unchanged: 1, updates: [v('b', '2027-01-01', null, 7)], inserts: [v('c', '2020-01-01', null)], closes: [], problems: [] });
  });

  it('refuses to rewrite a version in force, naming the row, but lets it be closed', () => {
    const stored = [v('a', '2019-01-01', null)];
    expect(planVersions(stored, [v('a', '2019-01-01', null, 9)], TODAY, row).problems).toEqual([
      { field: 'procedures[0]', reason: expect.stringContaining('đã có hiệu lực') },
    ]);
    const closing = planVersions(stored, [v('a', '2019-01-01', '2026-12-31')], TODAY, row);
    expect(closing).toMatchObject({ updates: [v('a', '2019-01-01', '2026-12-31')], problems: [] });
  });

  it('closes the open-ended version the day before a new version starts (stored or imported alike)', () => {
    const plan = planVersions([v('a', '2019-01-01', null)], [v('a', '2027-01-01', null, 5)], TODAY, row);
    expect(plan.closes).toEqual([v('a', '2019-01-01', '2026-12-31')]);
    expect(plan.problems).toEqual([]);
    const both = planVersions([], [v('x', '2019-01-01', null), v('x', '2025-07-01', null, 5)], TODAY, row);
    expect(both.inserts).toEqual([v('x', '2019-01-01', '2025-06-30'), v('x', '2025-07-01', null, 5)]);
  });

  it('refuses overlapping versions and duplicate rows, naming the rows', () => {
    const overlap = planVersions([v('a', '2019-01-01', '2025-12-31')], [v('a', '2025-07-01', null)], TODAY, row);
    expect(overlap.problems).toEqual([{ field: 'procedures[0].validFrom', reason: expect.stringContaining('chồng lên') }]);
    const duplicate = planVersions([], [v('a', '2027-01-01', null), v('a', '2027-01-01', null, 4)], TODAY, row);
    expect(duplicate.problems).toEqual([{ field: 'procedures[1].validFrom', reason: expect.stringContaining('procedures[0]') }]);
  });
});

describe('planVersions: history that has applied', () => {
  it('refuses ending a version in force before today, by its own row or by a newer version starting in the past', () => {
    const stored = [v('a', '2019-01-01', null)];
    expect(planVersions(stored, [v('a', '2019-01-01', '2026-01-31')], TODAY, row).problems).toEqual([
      { field: 'procedures[0].validTo', reason: expect.stringContaining('không sửa quá khứ') },
    ]);
    expect(planVersions(stored, [v('a', '2025-07-01', null, 5)], TODAY, row).problems).toEqual([
      { field: 'procedures[0].validFrom', reason: expect.stringContaining('không sửa quá khứ') },
    ]);
    expect(planVersions(stored, [v('a', '2026-11-21', null, 5)], TODAY, row).problems).toEqual([]);
  });
});
