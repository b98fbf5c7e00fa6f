import { Injectable } from '@nestjs/common';
import { AppError, type CloseQueueTicketCommand, type QueueTicketView } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertOwnUnitResource, assertStaffOf } from '../../authorization/unit-access';
import { QueueStore, toTicketView } from '../queue-store';

/** A called number is served, or skipped when the citizen does not come to the counter. */
@Injectable()
export class CloseTicketUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly queue: QueueStore,
  ) {}

  async execute(command: CloseQueueTicketCommand, now = new Date()): Promise<QueueTicketView> {
    const { actor, ticketId, outcome } = command;
    assertStaffOf(actor, actor.unitCode, ['desk-clerk', 'after-hours-clerk']);
    return runIdempotent(this.runner, { command: 'close-queue-ticket', key: command.idempotencyKey, request: { actor, ticketId, outcome } }, async (uow) => {
      const ticket = await this.queue.get(uow.manager, ticketId, true);
      assertOwnUnitResource(actor, ticket.unit_code, 'Số thứ tự này');
      if (ticket.status !== 'called') throw AppError.conflict('ticket_not_called', `Số ${ticket.number} đang ở trạng thái ${ticket.status}; chỉ số đã gọi mới được phục vụ hoặc bỏ qua`);
      await this.queue.close(uow.manager, ticketId, outcome, now);
      return toTicketView({ ...ticket, status: outcome, finished_at: now }, 0);
    });
  }
}
