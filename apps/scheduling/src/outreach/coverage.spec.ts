import { coverage } from './coverage';

describe('campaign coverage (seed 000, Hòa Thuận ward, June 2021)', () => {
  it('re-registration of births: 3,522 / 3,522 = 100%', () => {
    expect(coverage({ targets: 3522, byStatus: { completed: 3522 } })).toMatchObject({ completed: 3522, pending: 0, coveragePercent: 100 });
  });

  it('ID-card registration: 5,468 / 6,240 = 87.63%', () => {
    const result = coverage({ targets: 6240, byStatus: { completed: 5468, pending: 700, 'not-home': 50, declined: 22 } });
    expect(result.coveragePercent).toBe(87.63);
    expect(result.byOutcome).toEqual({ completed: 5468, 'not-home': 50, declined: 22, ineligible: 0 });
    expect(result.pending).toBe(700);
  });

  it('is 0% for an empty list', () => {
    expect(coverage({ targets: 0, byStatus: {} }).coveragePercent).toBe(0);
  });
});
