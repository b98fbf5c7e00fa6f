import { IsUUID } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import type { TransferView } from '../../queries/office-inbox/office-inbox.query';

export class AcknowledgeTransferCommand extends CommandEnvelope {
  @IsUUID() transferId: string;
}

export const AcknowledgeTransfer = defineRpc<AcknowledgeTransferCommand, TransferView>(
  'relay.cmd.acknowledge-transfer',
  AcknowledgeTransferCommand,
);
