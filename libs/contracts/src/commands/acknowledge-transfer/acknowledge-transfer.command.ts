import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import type { TransferView } from '../../queries/office-inbox/office-inbox.query';

export class AcknowledgeTransferCommand extends CommandEnvelope {
  @IsUUID() transferId: string;
  @IsOptional() @IsInt() @Min(1) expectedVersion?: number;
}

export const AcknowledgeTransfer = defineRpc<AcknowledgeTransferCommand, TransferView>(
  'relay.cmd.acknowledge-transfer',
  AcknowledgeTransferCommand,
);
