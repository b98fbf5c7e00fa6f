import { Controller } from '@nestjs/common';
import { QueueStats, type QueueStatsQuery, type QueueStatsView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { vietnamDayOf } from '@motcua/working-days';
import { assertStaffOf } from '../../authorization/unit-access';
import { counterFigures } from '../queue-figures';
import { QueueStore } from '../queue-store';

/** The day's queue of the actor's unit, per counter, with waiting-time figures. */
@Controller()
export class QueueStatsHandler {
  constructor(private readonly queue: QueueStore) {}

  @OnRpc(QueueStats)
  async handle(query: QueueStatsQuery): Promise<QueueStatsView> {
    const { actor } = query;
    assertStaffOf(actor, actor.unitCode, ['desk-clerk', 'after-hours-clerk', 'unit-admin', 'auditor']);
    const now = new Date();
    const date = query.date ?? vietnamDayOf(now);
    const tickets = await this.queue.ofDay(actor.unitCode, date);
    const counters = [...new Set(tickets.map((t) => t.counter_code))].sort();
    return { unitCode: actor.unitCode, date, counters: counters.map((c) => counterFigures(c, tickets.filter((t) => t.counter_code === c), now)) };
  }
}
