import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { RESULT_DELIVERIES, type ResultDelivery } from '../../values/channels';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

export const RESULT_RECIPIENTS = ['applicant', 'authorised'] as const;

/** Who received the result at the desk: the applicant, or a person they authorised (named; kept in intake only). */
export class HandOverRecipient {
  @IsIn(RESULT_RECIPIENTS) kind: (typeof RESULT_RECIPIENTS)[number];
  /** Required for an authorised person. */
  @IsOptional() @IsString() @Length(2, 120) fullName?: string;
  /** The power of attorney or authorisation letter (giấy ủy quyền) seen by the clerk. */
  @IsOptional() @IsString() @Length(1, 64) authorisationRef?: string;
}

export class HandOverResultBody {
  @IsIn(RESULT_DELIVERIES) method: ResultDelivery;
}

/** The hand-over naming who took the result (the desk's endpoint); absent recipient means the applicant. */
export class HandOverResultToBody extends HandOverResultBody {
  @IsOptional() @IsObject() @ValidateNested() @Type(() => HandOverRecipient) recipient?: HandOverRecipient;
}

export class HandOverResultCommand extends CommandEnvelope {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'dossierCode is not a dossier code' }) dossierCode: string;
  @NestedObject(() => HandOverResultToBody) body: HandOverResultToBody;
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
