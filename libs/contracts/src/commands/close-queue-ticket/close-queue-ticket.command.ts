import { IsIn, IsUUID } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import type { QueueTicketView } from '../take-queue-ticket/take-queue-ticket.command';

/** A called ticket is served, or skipped (the citizen did not come to the counter). */
export class CloseQueueTicketCommand extends CommandEnvelope {
  @IsUUID() ticketId: string;
  @IsIn(['served', 'skipped']) outcome: 'served' | 'skipped';
}

export const CloseQueueTicket = defineRpc<CloseQueueTicketCommand, QueueTicketView>('scheduling.cmd.close-queue-ticket', CloseQueueTicketCommand);
