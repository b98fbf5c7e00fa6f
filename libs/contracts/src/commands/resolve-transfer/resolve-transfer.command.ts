import { IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import type { TransferView } from '../../queries/office-inbox/office-inbox.query';

export class ResolveTransferBody {
  /** Reference of the result document (decision number, certificate number…). */
  @IsString() @Length(1, 120) resultRef: string;
  @IsString() @Length(1, 1000) summary: string;
}

export class ResolveTransferCommand extends CommandEnvelope {
  @IsUUID() transferId: string;
  @IsOptional() @IsInt() @Min(1) expectedVersion?: number;
  @NestedObject(() => ResolveTransferBody) body: ResolveTransferBody;
}

export const ResolveTransfer = defineRpc<ResolveTransferCommand, TransferView>('relay.cmd.resolve-transfer', ResolveTransferCommand);
