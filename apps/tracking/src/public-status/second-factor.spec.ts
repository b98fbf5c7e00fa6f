import { lookupFactorHash } from '@motcua/contracts';
import { matchesSecondFactor } from './second-factor';

const code = '000.85.88.H01-200302-0001';
const stored = [lookupFactorHash(code, '5678'), lookupFactorHash(code, '1234')];

describe('the public lookup second factor', () => {
  it("accepts the last 4 digits of either the phone or the ID number", () => {
    expect(matchesSecondFactor(code, '5678', stored)).toBe(true);
    expect(matchesSecondFactor(code, '1234', stored)).toBe(true);
  });

  it('refuses other digits, the right digits for another dossier, and a dossier without factors', () => {
    expect(matchesSecondFactor(code, '0000', stored)).toBe(false);
    expect(matchesSecondFactor('000.85.88.H01-200302-0002', '5678', stored)).toBe(false);
    expect(matchesSecondFactor(code, '5678', null)).toBe(false);
    expect(matchesSecondFactor(code, '5678', ['not-hex'])).toBe(false);
  });
});
