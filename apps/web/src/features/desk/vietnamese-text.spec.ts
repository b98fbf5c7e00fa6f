import { foldVietnamese, matchesQuery, tidyName } from './vietnamese-text';

describe('Vietnamese text', () => {
  it('folds diacritics and đ, whatever the composition', () => {
    expect(foldVietnamese('Đăng ký biến động đất đai')).toBe('dang ky bien dong dat dai');
    expect(foldVietnamese('Nguye\u0302\u0303n  Thị')).toBe('nguyen thi');
  });

  it('finds a procedure by words without diacritics, in any order, or by its code', () => {
    const name = 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng';
    expect(matchesQuery('dat dai', 'Đất đai', name)).toBe(true);
    expect(matchesQuery('chuyen nhuong dang ky', name)).toBe(true);
    expect(matchesQuery('2.0014', '2.001458', name)).toBe(true);
    expect(matchesQuery('khai sinh', '2.001458', name)).toBe(false);
    expect(matchesQuery('   ', name)).toBe(true);
  });

  it('keeps one NFC spelling of a name, spaces tidied', () => {
    const decomposed = ' Nguye\u0302\u0303n   Văn  A ';
    expect(tidyName(decomposed)).toBe('Nguyễn Văn A');
    expect(tidyName(decomposed)).toBe(tidyName(decomposed).normalize('NFC'));
  });
});
