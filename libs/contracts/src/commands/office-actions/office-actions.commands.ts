import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { NestedObject } from '../../core/nested-object';
import type { TransferView } from '../../queries/office-inbox/office-inbox.query';

/** Every office action names the transfer and may name the version the handler saw (optimistic concurrency). */
export class TransferActionCommand extends CommandEnvelope {
  @IsUUID() transferId: string;
  @IsOptional() @IsInt() @Min(1) expectedVersion?: number;
}

export class AssignTransferBody {
  @IsString() @Length(1, 64) assigneeStaffId: string;
}
export class AssignTransferCommand extends TransferActionCommand {
  @NestedObject(() => AssignTransferBody) body: AssignTransferBody;
}
export const AssignTransfer = defineRpc<AssignTransferCommand, TransferView>('relay.cmd.assign-transfer', AssignTransferCommand);

export class SupplementItem {
  @IsString() @Length(1, 200) name: string;
  @IsString() @Length(1, 500) reason: string;
}
export class RequestSupplementBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => SupplementItem) items: SupplementItem[];
}
export class RequestSupplementCommand extends TransferActionCommand {
  @NestedObject(() => RequestSupplementBody) body: RequestSupplementBody;
}
export const RequestSupplement = defineRpc<RequestSupplementCommand, TransferView>('relay.cmd.request-supplement', RequestSupplementCommand);

export class RefuseTransferBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 500, { each: true }) reasons: string[];
}
export class RefuseTransferCommand extends TransferActionCommand {
  @NestedObject(() => RefuseTransferBody) body: RefuseTransferBody;
}
export const RefuseTransfer = defineRpc<RefuseTransferCommand, TransferView>('relay.cmd.refuse-transfer', RefuseTransferCommand);

export const ApproveTransfer = defineRpc<TransferActionCommand, TransferView>('relay.cmd.approve-transfer', TransferActionCommand);

export class DeclareDelayBody {
  @IsString() @Length(1, 1000) reason: string;
  /** The new appointment for the citizen (form 04). */
  @IsISO8601({ strict: true }) newAppointmentAt: string;
}
export class DeclareDelayCommand extends TransferActionCommand {
  @NestedObject(() => DeclareDelayBody) body: DeclareDelayBody;
}
export const DeclareDelay = defineRpc<DeclareDelayCommand, TransferView>('relay.cmd.declare-delay', DeclareDelayCommand);

/** The desk records that the paper dossier left for the office. */
export const RecordPaperDispatch = defineRpc<TransferActionCommand, TransferView>('relay.cmd.record-paper-dispatch', TransferActionCommand);
