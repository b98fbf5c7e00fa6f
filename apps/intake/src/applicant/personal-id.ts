import type { FieldProblem } from '@motcua/contracts';

/** GSO codes of the 63 pre-2025 provinces (DOMAIN.md §6); the 34 post-2025 codes are a subset. */
const PROVINCE_CODES = new Set(
  '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'.split(
    ' ',
  ),
);

/** The birth year a 12-digit personal ID number encodes: G picks the century (0/1 → 1900s … 8/9 → 2300s), YY the year. */
export function birthYearOf(idNumber: string): number {
  return 1900 + Math.floor(Number(idNumber[3]) / 2) * 100 + Number(idNumber.slice(4, 6));
}

/**
 * Checks a personal ID number (số định danh cá nhân, `PPP G YY RRRRRR`): 12 digits, PPP a province of birth
 * registration, G and YY a birth year that is not in the future (and equal to the declared one, if given).
 * There is no checksum, so this is all that can be checked offline. Returns the problem, or null.
 */
export function checkPersonalIdNumber(idNumber: string, options: { field: string; currentYear: number; birthYear?: number }): FieldProblem | null {
  const { field } = options;
  if (!/^\d{12}$/.test(idNumber)) return { field, reason: 'Số định danh cá nhân phải gồm đúng 12 chữ số' };
  if (idNumber[0] !== '0' || !PROVINCE_CODES.has(idNumber.slice(1, 3))) {
    return { field, reason: `Số định danh cá nhân: 3 chữ số đầu (${idNumber.slice(0, 3)}) không phải mã tỉnh nơi đăng ký khai sinh` };
  }
  const year = birthYearOf(idNumber);
  if (year > options.currentYear) {
    return { field, reason: `Số định danh cá nhân: chữ số thứ 4 và thứ 5–6 cho năm sinh ${year}, sau năm hiện tại` };
  }
  if (options.birthYear !== undefined && options.birthYear !== year) {
    return { field, reason: `Số định danh cá nhân: chữ số thứ 4 và thứ 5–6 cho năm sinh ${year}, không khớp năm sinh khai báo ${options.birthYear}` };
  }
  return null;
}
