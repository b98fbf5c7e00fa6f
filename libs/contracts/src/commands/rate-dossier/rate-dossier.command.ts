import { IsIn, IsString, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { NestedObject } from '../../core/nested-object';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';
import { LOOKUP_FACTOR_PATTERN } from '../../values/lookup-factor';

export const SATISFACTION_RATINGS = ['satisfied', 'dissatisfied'] as const;
export type SatisfactionRating = (typeof SATISFACTION_RATINGS)[number];

export class RateDossierBody {
  /** Last 4 digits of the applicant's phone or ID number, as for the public lookup. */
  @Matches(LOOKUP_FACTOR_PATTERN, { message: 'phải là 4 chữ số cuối của số điện thoại hoặc số định danh' }) secondFactor: string;
  @IsIn(SATISFACTION_RATINGS) rating: SatisfactionRating;
}

/**
 * The citizen rates the service once the result is handed over. No login, so no actor; no idempotency key either:
 * one rating per dossier makes a retry of the same rating answer the stored one, and a different one a 409.
 */
export class RateDossierCommand {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'không phải mã hồ sơ' }) dossierCode: string;
  @NestedObject(() => RateDossierBody) body: RateDossierBody;
}

export interface DossierRating {
  dossierCode: string;
  rating: SatisfactionRating;
  ratedAt: string;
}

export const RateDossier = defineRpc<RateDossierCommand, DossierRating>('tracking.cmd.rate-dossier', RateDossierCommand);
