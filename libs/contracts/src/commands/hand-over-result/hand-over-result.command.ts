import { IsIn, IsString, Matches } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { RESULT_DELIVERIES, type ResultDelivery } from '../../values/channels';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

export class HandOverResultBody {
  @IsIn(RESULT_DELIVERIES) method: ResultDelivery;
}

export class HandOverResultCommand extends CommandEnvelope {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'dossierCode is not a dossier code' }) dossierCode: string;
  @NestedObject(() => HandOverResultBody) body: HandOverResultBody;
}

export interface HandOverResultResponse {
  dossierCode: string;
  status: 'handed-over';
  handedOverAt: string;
}

export const HandOverResult = defineRpc<HandOverResultCommand, HandOverResultResponse>(
  'intake.cmd.hand-over-result',
  HandOverResultCommand,
);
