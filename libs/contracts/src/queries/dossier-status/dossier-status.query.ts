import { IsOptional, IsString, Matches } from 'class-validator';
import { LOOKUP_FACTOR_PATTERN } from '../../values/lookup-factor';
import { defineRpc } from '../../core/contract';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

/** The public lookup: no login, so no actor; nothing personal in the answer. */
export class DossierStatusQuery {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'không phải mã hồ sơ' }) dossierCode: string;
  /** Last 4 digits of the applicant's phone or ID number; tracking answers 404 alike for a wrong factor. */
  @IsOptional() @Matches(LOOKUP_FACTOR_PATTERN, { message: 'phải là 4 chữ số cuối của số điện thoại hoặc số định danh' }) secondFactor?: string;
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
