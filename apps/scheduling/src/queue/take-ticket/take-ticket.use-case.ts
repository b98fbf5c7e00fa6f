import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { QueueTicketView, TakeQueueTicketCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { vietnamDayOf } from '@motcua/working-days';
import { ReferenceReplica } from '../../reference/reference-replica';
import { QueueStore, toTicketView, type TicketRow } from '../queue-store';

/** A walk-in takes the next number of a counter's queue today (the kiosk: no login, rate-limited at the gateway). */
@Injectable()
export class TakeTicketUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly queue: QueueStore,
    private readonly reference: ReferenceReplica,
  ) {}

  async execute(command: TakeQueueTicketCommand, now = new Date()): Promise<QueueTicketView> {
    const { unitCode, counterCode, bookingCode } = command.body;
    this.reference.requireUnit(unitCode);
    return runIdempotent(this.runner, { command: 'take-queue-ticket', key: command.idempotencyKey, request: { unitCode, counterCode, bookingCode } }, async (uow) => {
      const day = vietnamDayOf(now);
      const ticket: TicketRow = {
        id: randomUUID(),
        unit_code: unitCode,
        counter_code: counterCode,
        day,
        number: await this.queue.nextNumber(uow.manager, unitCode, counterCode, day),
        status: 'waiting',
        booking_code: bookingCode ?? null,
        taken_at: now,
        called_at: null,
        called_by: null,
        finished_at: null,
      };
      await this.queue.insert(uow.manager, ticket);
      return toTicketView(ticket, await this.queue.waitingAhead(uow.manager, ticket));
    });
  }
}
