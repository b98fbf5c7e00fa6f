import { birthYearOf, checkPersonalId, genderOf } from './personal-id';

const check = (id: string, birthYear?: number) => checkPersonalId(id, { currentYear: 2026, birthYear });

describe('personal ID number (mirrors intake)', () => {
  it('accepts a well-formed number (087 = Đồng Tháp, 0 = male born in the 1900s)', () => {
    expect(check('087084000999')).toBeNull();
    expect(check('087084000999', 1984)).toBeNull();
    expect(check('001305000001', 2005)).toBeNull();
  });

  it('reads the century/gender digit with the year digits', () => {
    expect([birthYearOf('087084000999'), genderOf('087084000999')]).toEqual([1984, 'male']);
    expect([birthYearOf('087190001234'), genderOf('087190001234')]).toEqual([1990, 'female']);
    expect(birthYearOf('087220000001')).toBe(2020);
    expect(birthYearOf('087401000001')).toBe(2101);
  });

  it('refuses anything but 12 digits', () => {
    for (const id of ['12345678901', '0871900012345', '08719000123a', '', '087 190 001 234']) expect(check(id)).toEqual({ key: 'idDigits' });
  });

  it('refuses a first three digits that are no province code', () => {
    expect(check('003190001234')).toEqual({ key: 'idProvince', params: { prefix: '003' } });
    expect(check('187190001234')?.key).toBe('idProvince');
    expect(check('123456789012')?.key).toBe('idProvince');
  });

  it('refuses a birth year in the future, or one that contradicts the declared year', () => {
    expect(check('087230000001')).toEqual({ key: 'idFutureYear', params: { year: 2030 } });
    expect(check('087084000999', 2084)).toEqual({ key: 'idYearMismatch', params: { year: 1984, declared: 2084 } });
    expect(check('087206000999', 1984)).toEqual({ key: 'idYearMismatch', params: { year: 2006, declared: 1984 } });
  });
});
