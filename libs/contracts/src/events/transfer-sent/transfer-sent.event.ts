import { IsISO8601, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';

export class TransferSentV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() fromUnitCode: string;
  @IsString() toUnitCode: string;
  @IsISO8601() sentAt: string;
  @IsISO8601() dueAt: string;
}

export const TransferSent = defineEvent('relay.evt.transfer.sent.v1', TransferSentV1);
