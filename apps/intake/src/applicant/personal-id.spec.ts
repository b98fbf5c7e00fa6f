import { birthYearOf, checkPersonalIdNumber } from './personal-id';

const check = (id: string, birthYear?: number) => checkPersonalIdNumber(id, { field: 'applicant.idNumber', currentYear: 2026, birthYear });

describe('checkPersonalIdNumber', () => {
  it('accepts a well-formed number (087 = Đồng Tháp, 0 = male born in the 1900s, 84)', () => {
    expect(check('087084000999')).toBeNull();
    expect(check('087084000999', 1984)).toBeNull();
    expect(check('001305000001', 2005)).toBeNull(); // 3 = female born in the 2000s
  });

  it('reads the century and gender digit with the year digits', () => {
    expect(birthYearOf('087084000999')).toBe(1984);
    expect(birthYearOf('087190001234')).toBe(1990);
    expect(birthYearOf('087220000001')).toBe(2020);
    expect(birthYearOf('087399000001')).toBe(2099);
    expect(birthYearOf('087401000001')).toBe(2101);
  });

  it('refuses anything but 12 digits, naming the field', () => {
    for (const id of ['12345678901', '0871900012345', '08719000123a', '']) {
      expect(check(id)).toEqual({ field: 'applicant.idNumber', reason: 'Số định danh cá nhân phải gồm đúng 12 chữ số' });
    }
  });

  it('refuses a first 3 digits that is no province code', () => {
    expect(check('003190001234')?.reason).toContain('(003)');
    expect(check('187190001234')?.reason).toContain('mã tỉnh');
    expect(check('099190001234')?.reason).toContain('mã tỉnh');
  });

  it('refuses a birth year in the future and one that contradicts the declared birth year', () => {
    expect(check('087230000001')?.reason).toContain('năm sinh 2030');
    expect(check('087401000001')?.reason).toContain('năm sinh 2101');
    expect(check('087084000999', 2084)?.reason).toContain('không khớp năm sinh khai báo 2084');
    expect(check('087284000999', 1984)?.reason).toContain('năm sinh 2084');
  });
});
