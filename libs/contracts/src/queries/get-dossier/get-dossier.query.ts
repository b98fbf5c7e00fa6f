import { IsString, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import type { Receipt } from '../../commands/submit-dossier/submit-dossier.command';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

export class GetDossierQuery extends StaffQueryEnvelope {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'không phải mã hồ sơ' }) dossierCode: string;
}

export const GetDossier = defineRpc<GetDossierQuery, Receipt & { status: string }>('intake.qry.dossier', GetDossierQuery);
