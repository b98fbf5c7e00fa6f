import { IsString, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

/** The public lookup: no login, so no actor; nothing personal in the answer. */
export class DossierStatusQuery {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'dossierCode is not a dossier code' }) dossierCode: string;
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
