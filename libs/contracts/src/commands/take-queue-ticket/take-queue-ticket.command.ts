import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { NestedObject } from '../../core/nested-object';
import { PublicCommandEnvelope } from '../public-command/public-command.envelope';
import { BOOKING_CODE_PATTERN, COUNTER_CODE_PATTERN } from '../../values/schedule/schedule-values';

export const QUEUE_TICKET_STATUSES = ['waiting', 'called', 'served', 'skipped'] as const;
export type QueueTicketStatus = (typeof QUEUE_TICKET_STATUSES)[number];

/** A walk-in takes a number for a counter (the kiosk at the desk; no login). */
export class TakeQueueTicketBody {
  @IsString() @Length(1, 32) unitCode: string;
  @Matches(COUNTER_CODE_PATTERN, { message: 'chỉ gồm chữ thường, chữ số và dấu gạch ngang, ví dụ quay-1' }) counterCode: string;
  /** A booking being honoured: recorded on the ticket. */
  @IsOptional() @Matches(BOOKING_CODE_PATTERN, { message: 'phải là mã đặt lịch dạng DL-7K3M-9QX2' }) bookingCode?: string;
}

export class TakeQueueTicketCommand extends PublicCommandEnvelope {
  @NestedObject(() => TakeQueueTicketBody) body: TakeQueueTicketBody;
}

export interface QueueTicketView {
  ticketId: string;
  unitCode: string;
  counterCode: string;
  day: string;
  number: number;
  status: QueueTicketStatus;
  takenAt: string;
  calledAt: string | null;
  finishedAt: string | null;
  /** Tickets still waiting before this one (waiting tickets only). */
  waitingAhead: number;
}

export const TakeQueueTicket = defineRpc<TakeQueueTicketCommand, QueueTicketView>('scheduling.cmd.take-queue-ticket', TakeQueueTicketCommand);
