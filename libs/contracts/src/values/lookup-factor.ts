import { createHmac } from 'node:crypto';

/** Development default only; deployments set LOOKUP_FACTOR_SECRET, the same for intake and tracking. */
export const DEV_LOOKUP_FACTOR_SECRET = 'motcua-dev-lookup-factor-secret';

/**
 * The public lookup's second factor: the last 4 digits of the applicant's phone or ID number. Only its keyed
 * hash (HMAC with a deployment secret, salted with the dossier code) leaves intake: with only 10,000 possible
 * values per code a plain hash would be as good as the digits, the keyed one is not without the secret.
 */
export function lookupFactorHash(dossierCode: string, lastFourDigits: string, secret: string = DEV_LOOKUP_FACTOR_SECRET): string {
  return createHmac('sha256', secret).update(`${dossierCode}:${lastFourDigits}`).digest('hex');
}

export const LOOKUP_FACTOR_PATTERN = /^\d{4}$/;
