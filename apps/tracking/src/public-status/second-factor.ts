import { timingSafeEqual } from 'node:crypto';
import { lookupFactorHash } from '@motcua/contracts';

/**
 * True when `factor` (the last 4 digits the citizen typed) is one of the dossier's factors. Tracking holds only
 * intake's keyed hashes (LOOKUP_FACTOR_SECRET, salted with the dossier code); each compared in constant time.
 */
export function matchesSecondFactor(dossierCode: string, factor: string, stored: readonly string[] | null | undefined, secret?: string): boolean {
  const given = Buffer.from(lookupFactorHash(dossierCode, factor, secret), 'hex');
  let match = false;
  for (const hash of stored ?? []) {
    const candidate = Buffer.from(hash, 'hex');
    if (candidate.length === given.length && timingSafeEqual(candidate, given)) match = true;
  }
  return match;
}
