import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import { cleanupNatsPrefix, createTestDatabase, freePort, randomPrefix, resolveNats, startServiceProcess, type ServiceProcess, type TestDatabase } from '@motcua/testing';
import { naming, type MessagingConfig } from '@motcua/messaging';

/** One suite's world for the ledger fixture: its own database, its own NATS prefix, helpers to look inside. */
export class LedgerEnvironment {
  db!: TestDatabase;
  nc!: NatsConnection;
  natsUrl!: string;
  readonly prefix = randomPrefix();
  private pg!: Client;

  async setUp(): Promise<void> {
    this.db = await createTestDatabase();
    this.natsUrl = (await resolveNats()).url;
    this.nc = await connect({ servers: this.natsUrl });
    this.pg = new Client({ connectionString: this.db.url });
    await this.pg.connect();
  }

  async tearDown(): Promise<void> {
    await this.pg?.end();
    if (this.nc) {
      await cleanupNatsPrefix(this.nc, this.prefix);
      await this.nc.drain();
    }
    await this.db?.drop();
  }

  env(extra: Record<string, string> = {}): Record<string, string> {
    return { DATABASE_URL: this.db.url, NATS_URL: this.natsUrl, MESSAGING_PREFIX: this.prefix, NATS_STORAGE: 'memory', LOG_LEVEL: 'warn', ...extra };
  }

  config(): MessagingConfig {
    return { natsUrl: this.natsUrl, prefix: this.prefix, service: 'ledger-test', storage: 'memory', replicas: 1 };
  }

  async startProcess(extra: Record<string, string> = {}): Promise<ServiceProcess> {
    const port = await freePort();
    const child = startServiceProcess('ledger', this.env({ PORT: String(port), ...extra }), {
      entry: 'libs/platform/src/guarantees/__fixtures__/ledger-main.ts',
      output: 'silent',
    });
    return child;
  }

  async query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pg.query(sql, params)).rows as T[];
  }

  async effects(entryId: string): Promise<number> {
    const [row] = await this.query<{ n: string }>('SELECT count(*) AS n FROM ledger.effects WHERE entry_id = $1', [entryId]);
    return Number(row.n);
  }

  /** Messages stored in the ledger's event stream. */
  async streamMessages(): Promise<number> {
    const jsm = await jetstreamManager(this.nc);
    return (await jsm.streams.info(naming.eventStream(this.prefix, 'ledger'))).state.messages;
  }

  /** Pending + unacknowledged messages of the ledger's own consumer of its event. */
  async consumerBacklog(): Promise<number> {
    const jsm = await jetstreamManager(this.nc);
    const info = await jsm.consumers.info(naming.eventStream(this.prefix, 'ledger'), naming.durable('ledger', 'ledger.evt.entry.added.v1'));
    return info.num_pending + info.num_ack_pending;
  }
}

export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}
