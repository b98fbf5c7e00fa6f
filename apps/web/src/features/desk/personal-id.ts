/**
 * The personal ID number (số định danh cá nhân, `PPP G YY RRRRRR`), checked as intake checks it
 * (apps/intake/src/applicant/personal-id.ts), so the clerk sees the problem while typing instead of after submit.
 * Returns an i18n key under `desk:applicant.errors` with its parameters, or null.
 */
export interface IdProblem {
  key: 'idDigits' | 'idProvince' | 'idFutureYear' | 'idYearMismatch';
  params?: Record<string, string | number>;
}

/** GSO codes of the 63 pre-2025 provinces (DOMAIN.md §6); the 34 post-2025 codes are a subset. */
const PROVINCE_CODES = new Set(
  '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'.split(
    ' ',
  ),
);

/** The birth year the number encodes: G picks the century (0/1 → 1900s … 8/9 → 2300s), YY the year. */
export function birthYearOf(idNumber: string): number {
  return 1900 + Math.floor(Number(idNumber[3]) / 2) * 100 + Number(idNumber.slice(4, 6));
}

/** Male for an even century digit, female for an odd one. */
export function genderOf(idNumber: string): 'male' | 'female' {
  return Number(idNumber[3]) % 2 === 0 ? 'male' : 'female';
}

export function checkPersonalId(idNumber: string, options: { currentYear: number; birthYear?: number }): IdProblem | null {
  if (!/^\d{12}$/.test(idNumber)) return { key: 'idDigits' };
  const prefix = idNumber.slice(0, 3);
  if (idNumber[0] !== '0' || !PROVINCE_CODES.has(idNumber.slice(1, 3))) return { key: 'idProvince', params: { prefix } };
  const year = birthYearOf(idNumber);
  if (year > options.currentYear) return { key: 'idFutureYear', params: { year } };
  if (options.birthYear !== undefined && options.birthYear !== year) return { key: 'idYearMismatch', params: { year, declared: options.birthYear } };
  return null;
}
