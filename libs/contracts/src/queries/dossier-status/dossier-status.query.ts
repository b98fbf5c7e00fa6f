import { IsOptional, IsString, Matches } from 'class-validator';
import { LOOKUP_FACTOR_PATTERN } from '../../values/lookup-factor';
import { defineRpc } from '../../core/contract';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

/** The public lookup: no login, so no actor; nothing personal in the answer. */
export class DossierStatusQuery {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'dossierCode is not a dossier code' }) dossierCode: string;
  /** Last 4 digits of the applicant's phone or ID number; tracking answers 404 alike for a wrong factor. */
  @IsOptional() @Matches(LOOKUP_FACTOR_PATTERN, { message: 'secondFactor must be the last 4 digits of the phone or ID number' }) secondFactor?: string;
}

export interface PublicDossierStatus {
  dossierCode: string;
  procedureName: string;
  status: string;
  /** Plain Vietnamese description of the status. */
  statusText: string;
  receivedAt: string;
  appointmentAt: string;
  collectAt: string | null;
  updatedAt: string;
}

export const DossierStatusRpc = defineRpc<DossierStatusQuery, PublicDossierStatus>('tracking.qry.public-status', DossierStatusQuery);
