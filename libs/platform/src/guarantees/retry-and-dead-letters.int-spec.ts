import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { AppError } from '@motcua/contracts';
import { bootstrapService, type RunningService } from '../bootstrap/bootstrap-service';
import { HEADER, listDeadLetters, naming, publishEventDirect, RpcClient } from '@motcua/messaging';
import { AddEntry, EntryAdded, ledgerService } from './__fixtures__/ledger.service';
import { eventually, LedgerEnvironment } from './__fixtures__/ledger-environment';

const actor = { staffId: 's1', unitCode: '29972', roles: ['desk-clerk' as const] };

describe('retries, dead letters and idempotent commands', () => {
  const world = new LedgerEnvironment();
  let service: RunningService;
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    service = await bootstrapService(ledgerService, {
      env: { ...process.env, ...world.env({ PORT: '0' }) },
      retry: { maxDeliveries: 3, backoffMs: [100, 200] },
    });
    rpc = new RpcClient({ config: world.config(), connection: () => world.nc });
  });
  afterAll(async () => {
    await service?.close();
    await world.tearDown();
  });

  const deadLetters = async () => listDeadLetters(await jetstreamManager(world.nc), service.config);

  it('retries a failing handler, dead-letters it after the last delivery, and replays it once fixed', async () => {
    await rpc.call(AddEntry, { idempotencyKey: 'key-fail-1', actor, entryId: 'f1', fail: true });
    const [letter] = await eventually(deadLetters, (list) => list.length === 1);
    expect(letter).toMatchObject({ consumer: 'ledger__ledger_evt_entry_added_v1', subject: 'ledger.evt.entry.added.v1', deliveries: 3 });
    expect(letter.error).toContain('entry f1 cannot be applied yet');
    expect(await world.effects('f1')).toBe(0);

    expect(await service.events.replayDeadLetter(letter.seq)).toEqual({ replayed: false, error: expect.stringContaining('cannot be applied yet') });
    expect(await deadLetters()).toHaveLength(1);

    await world.query(`INSERT INTO ledger.switches (name, on_) VALUES ('heal', true)`);
    expect(await service.events.replayDeadLetter(letter.seq)).toEqual({ replayed: true });
    expect(await world.effects('f1')).toBe(1);
    expect(await deadLetters()).toHaveLength(0);
    // A second replay of the same letter finds nothing and changes nothing.
    expect((await service.events.replayDeadLetter(letter.seq)).replayed).toBe(false);
    expect(await world.effects('f1')).toBe(1);
  });

  it('dead-letters an invalid payload at once, without retrying', async () => {
    await publishEventDirect(world.nc, { prefix: world.prefix }, EntryAdded, { wrong: 'shape' } as never, 'bad-1');
    const letters = await eventually(deadLetters, (list) => list.some((l) => l.messageId === 'bad-1'));
    const letter = letters.find((l) => l.messageId === 'bad-1')!;
    expect(letter.deliveries).toBe(1);
    expect(letter.error).toContain('invalid payload');
    expect(letter.error).toContain('entryId');
  });

  it('skips a redelivered event (same message id) through the inbox', async () => {
    await publishEventDirect(world.nc, { prefix: world.prefix }, EntryAdded, { entryId: 'd1' }, 'dup-1');
    await eventually(() => world.effects('d1'), (n) => n === 1);
    // The same message again past JetStream's dedupe (as a replay or a republish after the window would be):
    // a new stream sequence, the same message id.
    const h = headers();
    h.set(HEADER.messageId, 'dup-1');
    const ack = await jetstream(world.nc).publish(naming.subject(world.prefix, EntryAdded.subject), JSON.stringify({ entryId: 'd1' }), {
      msgID: 'dup-1-copy',
      headers: h,
    });
    expect(ack.duplicate).toBe(false);
    await eventually(() => world.consumerBacklog(), (n) => n === 0);
    expect(await world.effects('d1')).toBe(1);
  });

  it('gives a retried command the same answer and one effect', async () => {
    const first = await rpc.call(AddEntry, { idempotencyKey: 'key-same', actor, entryId: 'i1' });
    const again = await rpc.call(AddEntry, { idempotencyKey: 'key-same', actor, entryId: 'i1' });
    expect(again).toEqual(first);
    const concurrent = await Promise.all([1, 2, 3].map(() => rpc.call(AddEntry, { idempotencyKey: 'key-race', actor, entryId: 'i2' })));
    expect(concurrent).toEqual([{ entryId: 'i2' }, { entryId: 'i2' }, { entryId: 'i2' }]);
    expect(await world.query(`SELECT entry_id FROM ledger.entries WHERE entry_id IN ('i1', 'i2') ORDER BY 1`)).toEqual([{ entry_id: 'i1' }, { entry_id: 'i2' }]);
    await eventually(() => world.effects('i2'), (n) => n === 1);
    expect(await world.effects('i1')).toBe(1);
  });

  it('refuses the same key with a different request (409) and changes nothing', async () => {
    await expect(rpc.call(AddEntry, { idempotencyKey: 'key-same', actor, entryId: 'other' })).rejects.toMatchObject({
      status: 409,
      code: 'idempotency_key_reused',
    });
    expect(await world.query(`SELECT 1 FROM ledger.entries WHERE entry_id = 'other'`)).toEqual([]);
  });

  it('answers invalid requests with 400 naming each field, and domain refusals with their status', async () => {
    const error: AppError = await rpc.call(AddEntry, { idempotencyKey: 'x', actor, entryId: 7 } as never).catch((e) => e);
    expect(error.status).toBe(400);
    expect(error.fields?.map((f) => f.field).sort()).toEqual(['entryId', 'idempotencyKey']);
    await expect(rpc.call(AddEntry, { idempotencyKey: 'key-forbidden', actor, entryId: 'forbidden' })).rejects.toMatchObject({ status: 403 });
  });

  it('answers 503 when nobody serves the subject', async () => {
    const lonely = new RpcClient({ config: { ...world.config(), prefix: `${world.prefix}x` }, connection: () => world.nc });
    await expect(lonely.call(AddEntry, { idempotencyKey: 'key-lonely', actor, entryId: 'z' }, 500)).rejects.toMatchObject({ status: 503 });
  });
});
