import { IsIn, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';

/** The result left the competent office for the receiving desk (the return leg). */
export class ResultSentBackV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() fromUnitCode: string;
  @IsString() toUnitCode: string;
  @IsString() resultRef: string;
  @IsString() summary: string;
  @IsISO8601() sentAt: string;
  /** A refusal travels back like a result: the desk hands the written refusal to the citizen. */
  @IsOptional() @IsIn(['resolved', 'refused']) outcome?: 'resolved' | 'refused';
}

export const ResultSentBack = defineEvent('relay.evt.result.sent-back.v1', ResultSentBackV1);
