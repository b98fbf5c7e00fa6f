import { Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { COUNTER_CODE_PATTERN } from '../../values/schedule/schedule-values';
import type { QueueTicketView } from '../take-queue-ticket/take-queue-ticket.command';

/** The counter calls the lowest waiting number of today's queue at the actor's unit. */
export class CallNextTicketCommand extends CommandEnvelope {
  @Matches(COUNTER_CODE_PATTERN, { message: 'chỉ gồm chữ thường, chữ số và dấu gạch ngang, ví dụ quay-1' }) counterCode: string;
}

export const CallNextTicket = defineRpc<CallNextTicketCommand, QueueTicketView>('scheduling.cmd.call-next-ticket', CallNextTicketCommand);
