import { IsISO8601, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';

export class TransferAssignedV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() unitCode: string;
  @IsString() assigneeStaffId: string;
  @IsString() assignedBy: string;
  @IsISO8601() assignedAt: string;
}

export const TransferAssigned = defineEvent('relay.evt.transfer.assigned.v1', TransferAssignedV1);
