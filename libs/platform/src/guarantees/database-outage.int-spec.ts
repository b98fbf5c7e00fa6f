import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import { listDeadLetters, naming, publishEventDirect, type RetryPolicy } from '@motcua/messaging';
import { bootstrapService, type RunningService } from '../bootstrap/bootstrap-service';
import { EntryAdded, ledgerService } from './__fixtures__/ledger.service';
import { eventually, LedgerEnvironment } from './__fixtures__/ledger-environment';

/**
 * A TCP proxy in front of the shared Postgres: `cut()` drops every connection and refuses new ones (what a stopped
 * Postgres looks like to its clients), `restore()` listens again on the same port. The shared Postgres itself is
 * never stopped: other suites use it.
 */
class CuttableProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = tcpConnect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise((resolve) => server.close(resolve)) : Promise.resolve();
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  restore(): Promise<void> {
    return this.open();
  }

  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }
}

/** Deliveries the server made on the ledger's consumer so far (first deliveries and redeliveries). */
async function deliveriesSoFar(world: LedgerEnvironment): Promise<number> {
  const jsm = await jetstreamManager(world.nc);
  const info = await jsm.consumers.info(naming.eventStream(world.prefix, 'ledger'), naming.durable('ledger', EntryAdded.subject));
  return info.delivered.consumer_seq;
}

// The old budget: 3 deliveries 100-200 ms apart, used up in well under a second of outage.
const retry: RetryPolicy = { maxDeliveries: 3, backoffMs: [100, 200], outageBackoffMs: [100, 200, 400] };
const OUTAGE_MS = 4_000;

describe('a database outage longer than the retry budget', () => {
  const world = new LedgerEnvironment();
  let proxy: CuttableProxy;
  let service: RunningService | undefined;
  let warn: jest.SpyInstance;

  const start = () =>
    bootstrapService(ledgerService, {
      env: { ...process.env, ...world.env({ PORT: '0', DATABASE_URL: proxy.urlFor(world.db.url) }) },
      retry,
      ackWaitMs: 2_000,
    });
  const deadLetters = async () => listDeadLetters(await jetstreamManager(world.nc), { ...world.config(), service: 'ledger' });
  const warnings = (msg: string) => warn.mock.calls.filter(([entry]) => (entry as { msg?: string })?.msg === msg);
  const allEffects = () => world.query<{ entry_id: string; n: number }>(`SELECT entry_id, count(*)::int AS n FROM ledger.effects GROUP BY 1 ORDER BY 1`);

  beforeAll(async () => {
    await world.setUp();
    const target = new URL(world.db.url);
    proxy = new CuttableProxy(target.hostname, Number(target.port || 5432));
    await proxy.open();
  });
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn');
  });
  afterEach(async () => {
    warn.mockRestore();
    await proxy.restore().catch(() => undefined);
    await service?.close();
    service = undefined;
  });
  afterAll(async () => {
    await proxy?.cut();
    await world.tearDown();
  });

  it('holds every event until the database returns, then applies each once; nothing is dead-lettered for the outage', async () => {
    service = await start();
    await publishEventDirect(world.nc, { prefix: world.prefix }, EntryAdded, { entryId: 'before' }, 'msg-before');
    await eventually(() => world.effects('before'), (n) => n === 1);
    const deliveredBefore = await deliveriesSoFar(world);

    await proxy.cut();
    const ids = Array.from({ length: 10 }, (_, i) => `o${i + 1}`);
    for (const id of ids) await publishEventDirect(world.nc, { prefix: world.prefix }, EntryAdded, { entryId: id }, `msg-${id}`);
    // An ordinary failure in the same outage: once the database is back it still gets its full budget, and no more.
    await publishEventDirect(world.nc, { prefix: world.prefix }, EntryAdded, { entryId: 'poison', fail: true }, 'msg-poison');
    // Committed before the outage, not yet published: the relay must publish it once the database is back.
    await world.query(`INSERT INTO ledger.outbox (subject, payload) VALUES ($1, $2)`, [EntryAdded.subject, { entryId: 'from-outbox' }]);
    await new Promise((r) => setTimeout(r, OUTAGE_MS));

    // Far more deliveries than the old budget allowed, and nothing in the dead letters.
    expect((await deliveriesSoFar(world)) - deliveredBefore).toBeGreaterThan((ids.length + 1) * retry.maxDeliveries * 2);
    expect(await deadLetters()).toEqual([]);
    expect(await world.query(`SELECT count(*)::int AS n FROM ledger.outbox WHERE published_at IS NULL`)).toEqual([{ n: 1 }]);

    await proxy.restore();
    await eventually(allEffects, (rows) => rows.length === ids.length + 2, 30_000);
    await eventually(() => world.consumerBacklog(), (n) => n === 0, 30_000);
    expect(await allEffects()).toEqual([...ids, 'before', 'from-outbox'].sort().map((entry_id) => ({ entry_id, n: 1 })));
    expect(await world.query(`SELECT count(*)::int AS n FROM ledger.outbox WHERE published_at IS NULL`)).toEqual([{ n: 0 }]);

    const letters = await deadLetters();
    expect(letters.map((l) => l.messageId)).toEqual(['msg-poison']);
    expect(letters[0].error).toContain('entry poison cannot be applied yet');

    // Said once per outage, by the consumer and by the relay, with the error's type and code only.
    const held = warnings('database unavailable: events are held and redelivered until it returns');
    expect(held).toHaveLength(1);
    const summary = (held[0][0] as { error: Record<string, string> }).error;
    expect(summary.type).toEqual(expect.any(String));
    expect(Object.keys(summary).every((key) => key === 'type' || key === 'code')).toBe(true);
    expect(warnings('event handler failed; will retry').every(([entry]) => String((entry as { error: string }).error).includes('poison'))).toBe(true);
    expect(warnings('database unavailable: outbox relay paused, retrying with backoff')).toHaveLength(1);
    expect(warnings('outbox relay pass failed')).toHaveLength(0);
  });

  it('remembers the deliveries spent on the outage across a restart of the consumer', async () => {
    service = await start();
    await eventually(() => world.consumerBacklog(), (n) => n === 0);
    const deliveredBefore = await deliveriesSoFar(world);

    await proxy.cut();
    const ids = ['r1', 'r2', 'r3'];
    for (const id of ids) await publishEventDirect(world.nc, { prefix: world.prefix }, EntryAdded, { entryId: id }, `msg-${id}`);
    await eventually(() => deliveriesSoFar(world), (n) => n - deliveredBefore > ids.length * (retry.maxDeliveries + 3), 20_000);
    // The service goes away during the outage; a new one starts once the database is back.
    await service.close();
    service = undefined;
    await proxy.restore();
    service = await start();

    const counts = async () => (await allEffects()).filter((row) => ids.includes(row.entry_id));
    const once = ids.map((entry_id) => ({ entry_id, n: 1 }));
    await eventually(counts, (rows) => rows.length === ids.length, 30_000);
    await eventually(() => world.consumerBacklog(), (n) => n === 0, 30_000);
    expect(await counts()).toEqual(once);
    expect((await deadLetters()).map((l) => l.messageId)).toEqual(['msg-poison']);
  });
});
