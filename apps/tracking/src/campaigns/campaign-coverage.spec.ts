import { campaignCoverage } from './campaign-coverage';

describe('outreach campaign coverage', () => {
  it("reproduces the seed's figures: re-registration 100% (3,522/3,522), ID cards 87.63% (5,468/6,240)", () => {
    expect(campaignCoverage(3522, 3522)).toBe(100);
    expect(campaignCoverage(5468, 6240)).toBe(87.63);
  });

  it('has no rate without a target list, and never exceeds 100%', () => {
    expect(campaignCoverage(10, 0)).toBeNull();
    expect(campaignCoverage(12, 10)).toBe(100);
  });
});
