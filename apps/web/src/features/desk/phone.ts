/**
 * A Vietnamese phone number as people write it ("0912 345 678", "0912.345.678", "+84 912 345 678", "84912345678")
 * to the 10-digit form the gateway takes (0 + 9 digits). Returns null when it cannot be one.
 */
export function normalisePhone(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, '');
  let national: string;
  if (/^\+84\d+$/.test(digits)) national = `0${digits.slice(3)}`;
  else if (/^84\d{9}$/.test(digits)) national = `0${digits.slice(2)}`;
  else national = digits;
  return /^0\d{9}$/.test(national) ? national : null;
}

/** Why a phone number is not usable, as a `desk:applicant.errors` key, or null. Mobile prefixes are 03, 05, 07, 08, 09. */
export function checkPhone(input: string): 'phoneFormat' | 'phonePrefix' | null {
  const phone = normalisePhone(input);
  if (!phone) return 'phoneFormat';
  return /^0[35789]/.test(phone) ? null : 'phonePrefix';
}
