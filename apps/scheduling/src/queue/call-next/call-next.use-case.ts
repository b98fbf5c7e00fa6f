import { Injectable } from '@nestjs/common';
import { AppError, type CallNextTicketCommand, type QueueTicketView } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { vietnamDayOf } from '@motcua/working-days';
import { assertStaffOf } from '../../authorization/unit-access';
import { QueueStore, toTicketView } from '../queue-store';

/** The counter calls the next waiting number of today's queue at the clerk's own unit. */
@Injectable()
export class CallNextUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly queue: QueueStore,
  ) {}

  async execute(command: CallNextTicketCommand, now = new Date()): Promise<QueueTicketView> {
    const { actor, counterCode } = command;
    assertStaffOf(actor, actor.unitCode, ['desk-clerk', 'after-hours-clerk']);
    return runIdempotent(this.runner, { command: 'call-next-ticket', key: command.idempotencyKey, request: { actor, counterCode } }, async (uow) => {
      const ticket = await this.queue.callNext(uow.manager, actor.unitCode, counterCode, vietnamDayOf(now), actor.staffId, now);
      if (!ticket) throw AppError.conflict('queue_empty', `Không còn ai chờ ở quầy ${counterCode}`);
      return toTicketView(ticket, 0);
    });
  }
}
