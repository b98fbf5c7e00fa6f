import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { CallNextTicket, CloseQueueTicket, QueueStats, TakeQueueTicket } from '@motcua/contracts';
import type { RpcClient } from '@motcua/messaging';
import { ServiceEnvironment } from '@motcua/service-testing';
import { putReference, refusal, staff } from '../__tests__/reference-fixture';
import { schedulingService } from '../scheduling.service';

const key = () => `q-${randomUUID()}`;
const clerk = staff('30010', 'desk-clerk');

describe('scheduling: walk-in queue tickets', () => {
  const world = new ServiceEnvironment(schedulingService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start({ SCHEDULING_REPUBLISH_MS: '600000', BOOKING_REMINDER_POLL_MS: '600000' });
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  it('gives 10 concurrent walk-ins 10 distinct consecutive numbers per counter', async () => {
    const tickets = await Promise.all(Array.from({ length: 10 }, () => rpc.call(TakeQueueTicket, { idempotencyKey: key(), body: { unitCode: '30010', counterCode: 'quay-1' } })));
    expect(tickets.map((t) => t.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const other = await rpc.call(TakeQueueTicket, { idempotencyKey: key(), body: { unitCode: '30010', counterCode: 'quay-2' } });
    expect(other).toMatchObject({ number: 1, status: 'waiting', waitingAhead: 0 });
    const eleventh = await rpc.call(TakeQueueTicket, { idempotencyKey: key(), body: { unitCode: '30010', counterCode: 'quay-1' } });
    expect(eleventh).toMatchObject({ number: 11, waitingAhead: 10 });
  });

  it('calls next in number order, serves and skips, and never calls a ticket twice', async () => {
    const [a, b] = await Promise.all([
      rpc.call(CallNextTicket, { idempotencyKey: key(), actor: clerk, counterCode: 'quay-1' }),
      rpc.call(CallNextTicket, { idempotencyKey: key(), actor: staff('30010', 'desk-clerk', 'clerk.2'), counterCode: 'quay-1' }),
    ]);
    expect([a.number, b.number].sort()).toEqual([1, 2]);
    expect(a.status).toBe('called');
    const served = await rpc.call(CloseQueueTicket, { idempotencyKey: key(), actor: clerk, ticketId: a.ticketId, outcome: 'served' });
    expect(served).toMatchObject({ status: 'served', finishedAt: expect.any(String) });
    await rpc.call(CloseQueueTicket, { idempotencyKey: key(), actor: clerk, ticketId: b.ticketId, outcome: 'skipped' });
    expect(await refusal(rpc.call(CloseQueueTicket, { idempotencyKey: key(), actor: clerk, ticketId: a.ticketId, outcome: 'skipped' }))).toMatchObject({
      status: 409,
      code: 'ticket_not_called',
    });
    const third = await rpc.call(CallNextTicket, { idempotencyKey: key(), actor: clerk, counterCode: 'quay-1' });
    expect(third.number).toBe(3);
  });

  it('reports per counter: numbers by status and waiting times', async () => {
    const stats = await rpc.call(QueueStats, { actor: clerk });
    const quay1 = stats.counters.find((c) => c.counterCode === 'quay-1')!;
    expect(quay1).toMatchObject({ taken: 11, waiting: 8, called: 1, served: 1, skipped: 1, nowServing: 3 });
    expect(quay1.averageWaitMinutes).toBeGreaterThanOrEqual(0);
    expect(quay1.longestCurrentWaitMinutes).toBeGreaterThanOrEqual(0);
    expect(stats.counters.map((c) => c.counterCode)).toEqual(['quay-1', 'quay-2']);
  });

  it('refuses an empty queue, another unit’s ticket, a non-desk role and a bad counter code', async () => {
    expect(await refusal(rpc.call(CallNextTicket, { idempotencyKey: key(), actor: clerk, counterCode: 'quay-9' }))).toMatchObject({ status: 409, code: 'queue_empty' });
    const ticket = await rpc.call(TakeQueueTicket, { idempotencyKey: key(), body: { unitCode: '29972', counterCode: 'quay-1' } });
    // Another unit's ticket exists, but is not this clerk's: refused with a reason, as other services do; an unknown one is not found.
    expect(await refusal(rpc.call(CloseQueueTicket, { idempotencyKey: key(), actor: clerk, ticketId: ticket.ticketId, outcome: 'served' }))).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await refusal(rpc.call(CloseQueueTicket, { idempotencyKey: key(), actor: clerk, ticketId: randomUUID(), outcome: 'served' }))).status).toBe(404);
    expect((await refusal(rpc.call(CallNextTicket, { idempotencyKey: key(), actor: staff('30010', 'office-handler'), counterCode: 'quay-1' }))).status).toBe(403);
    expect(await refusal(rpc.call(TakeQueueTicket, { idempotencyKey: key(), body: { unitCode: '30010', counterCode: 'Quầy 1' } }))).toMatchObject({ status: 400, fields: [{ field: 'body.counterCode' }] });
    expect((await refusal(rpc.call(TakeQueueTicket, { idempotencyKey: key(), body: { unitCode: '99999', counterCode: 'quay-1' } }))).status).toBe(404);
  });
});
