import { IsISO8601, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';

export class TransferAcknowledgedV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() unitCode: string;
  @IsString() staffId: string;
  @IsISO8601() acknowledgedAt: string;
}

export const TransferAcknowledged = defineEvent('relay.evt.transfer.acknowledged.v1', TransferAcknowledgedV1);
