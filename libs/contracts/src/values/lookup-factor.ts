import { createHash } from 'node:crypto';

/**
 * The public lookup's second factor: the last 4 digits of the applicant's phone or ID number. Only its hash,
 * salted with the dossier code, leaves intake, so tracking can check a factor without holding personal data.
 */
export function lookupFactorHash(dossierCode: string, lastFourDigits: string): string {
  return createHash('sha256').update(`${dossierCode}:${lastFourDigits}`).digest('hex');
}

export const LOOKUP_FACTOR_PATTERN = /^\d{4}$/;
