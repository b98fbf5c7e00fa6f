import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

/** The citizen asks to withdraw the dossier ("Công dân yêu cầu rút hồ sơ"): a terminal state, recorded at the desk. */
export class WithdrawDossierBody {
  /** The citizen's written request (its reference in the desk's papers), if any. */
  @IsOptional() @IsString() @Length(1, 64) requestRef?: string;
  /** Why, as the citizen states it; kept at the desk, never announced. */
  @IsOptional() @IsString() @Length(2, 500) reason?: string;
}

export class WithdrawDossierCommand extends CommandEnvelope {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'không phải mã hồ sơ' }) dossierCode: string;
  @NestedObject(() => WithdrawDossierBody) body: WithdrawDossierBody;
}

export interface WithdrawDossierResponse {
  dossierCode: string;
  status: 'withdrawn';
  withdrawnAt: string;
}

export const WithdrawDossier = defineRpc<WithdrawDossierCommand, WithdrawDossierResponse>('intake.cmd.withdraw-dossier', WithdrawDossierCommand);
