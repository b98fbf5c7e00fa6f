import { RpcClient } from '@motcua/messaging';
import { AddEntry } from './__fixtures__/ledger.service';
import { eventually, LedgerEnvironment } from './__fixtures__/ledger-environment';

const actor = { staffId: 's1', unitCode: '29972', roles: ['desk-clerk' as const] };

/** Whole processes killed with SIGKILL at the two moments that lose or double messages in naive designs. */
describe('crash safety (processes killed at fault points)', () => {
  const world = new LedgerEnvironment();
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    rpc = new RpcClient({ config: world.config(), connection: () => world.nc });
  });
  afterAll(() => world.tearDown());

  it('applies an event once when its consumer is killed after committing and before acking', async () => {
    const doomed = await world.startProcess({ MOTCUA_FAULT: 'after-commit-before-ack', ACK_WAIT_MS: '1500' });
    await doomed.waitReady();
    await rpc.call(AddEntry, { idempotencyKey: 'key-commit-ack', actor, entryId: 'e1' });
    const exit = await doomed.exited;
    expect(exit.signal).toBe('SIGKILL');
    expect(await world.effects('e1')).toBe(1);

    const survivor = await world.startProcess({ ACK_WAIT_MS: '1500' });
    try {
      await survivor.waitReady();
      // The unacked message comes back after ack_wait; the inbox recognises it and it is acked without effect.
      await eventually(() => world.consumerBacklog(), (n) => n === 0);
      expect(await world.effects('e1')).toBe(1);
      const inbox = await world.query(`SELECT count(*)::int AS n FROM ledger.inbox`);
      expect(inbox[0].n).toBe(1);
    } finally {
      await survivor.stop();
    }
  });

  it('publishes an event once when the outbox relay is killed after publishing and before marking', async () => {
    const doomed = await world.startProcess({ MOTCUA_FAULT: 'after-publish-before-mark' });
    await doomed.waitReady();
    const streamBefore = await world.streamMessages();
    await rpc.call(AddEntry, { idempotencyKey: 'key-publish-mark', actor, entryId: 'e2' });
    expect((await doomed.exited).signal).toBe('SIGKILL');
    const unmarked = await world.query(`SELECT count(*)::int AS n FROM ledger.outbox WHERE published_at IS NULL`);
    expect(unmarked[0].n).toBe(1);
    expect(await world.streamMessages()).toBe(streamBefore + 1);

    const survivor = await world.startProcess();
    try {
      await survivor.waitReady();
      await eventually(() => world.query(`SELECT count(*)::int AS n FROM ledger.outbox WHERE published_at IS NULL`), (r) => r[0].n === 0);
      // Republished with the same Nats-Msg-Id: JetStream dropped the copy.
      expect(await world.streamMessages()).toBe(streamBefore + 1);
      await eventually(() => world.effects('e2'), (n) => n === 1);
      await eventually(() => world.consumerBacklog(), (n) => n === 0);
      expect(await world.effects('e2')).toBe(1);
    } finally {
      await survivor.stop();
    }
  });
});
