/**
 * One integration suite's world: its own database, its own NATS prefix (memory storage), the service under test
 * booted in-process, and helpers to look inside (tables, outbox, event streams, consumers, dead letters).
 *
 * Kept per app on purpose (apps never import each other): the same small file lives in routing, intake, relay and
 * scheduling under `src/__tests__/`.
 */
import { randomBytes } from 'node:crypto';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg, type StoredMsg } from '@nats-io/jetstream';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import type { EventContract } from '@motcua/contracts';
import { HEADER, listDeadLetters, naming, publishEventDirect, RpcClient, type DeadLetter, type MessagingConfig } from '@motcua/messaging';
import { bootstrapService, type RunningService, type ServiceDefinition } from '@motcua/platform';
import { cleanupNatsPrefix, createTestDatabase, randomPrefix, resolveNats, type TestDatabase } from '@motcua/testing';

export interface PublishedEvent<T = any> {
  seq: number;
  messageId: string;
  payload: T;
}

export class ServiceEnvironment {
  db!: TestDatabase;
  nc!: NatsConnection;
  natsUrl!: string;
  service?: RunningService;
  readonly prefix = randomPrefix();
  private pg!: Client;

  constructor(readonly definition: ServiceDefinition) {}

  async setUp(): Promise<void> {
    this.db = await createTestDatabase();
    this.natsUrl = (await resolveNats()).url;
    this.nc = await connect({ servers: this.natsUrl });
    this.pg = new Client({ connectionString: this.db.url });
    this.pg.on('error', () => undefined); // the database is dropped WITH (FORCE) at tear-down (see service-under-test.ts)
    await this.pg.connect();
  }

  /** Boots the service in this process against the suite's database and prefix. */
  async start(extra: Record<string, string> = {}): Promise<RunningService> {
    this.service = await bootstrapService(this.definition, {
      env: { ...process.env, ...this.env(extra) },
      retry: { maxDeliveries: 3, backoffMs: [100] },
    });
    return this.service;
  }

  async stop(): Promise<void> {
    await this.service?.close();
    this.service = undefined;
  }

  async tearDown(): Promise<void> {
    await this.stop();
    await this.pg?.end();
    if (this.nc) {
      await cleanupNatsPrefix(this.nc, this.prefix);
      await this.nc.drain();
    }
    await this.db?.drop();
  }

  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      DATABASE_URL: this.db.url,
      NATS_URL: this.natsUrl,
      MESSAGING_PREFIX: this.prefix,
      NATS_STORAGE: 'memory',
      PORT: '0',
      SEED_DEMO: '1',
      LOG_LEVEL: 'warn',
      ...extra,
    };
  }

  /** Messaging config of a test client (not the service: its RPCs and consumers stay the service's own). */
  config(service = 'test-client'): MessagingConfig {
    return { natsUrl: this.natsUrl, prefix: this.prefix, service, storage: 'memory', replicas: 1 };
  }

  rpc(): RpcClient {
    return new RpcClient({ config: this.config(), connection: () => this.nc });
  }

  async query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pg.query(sql, params)).rows as T[];
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await this.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) AS q`, params);
    return Number(row.n);
  }

  /** Outbox rows of the service under test, oldest first, optionally of one subject. */
  async outbox<T = any>(subject?: string): Promise<{ id: string; subject: string; payload: T; published_at: Date | null }[]> {
    const schema = this.definition.schema;
    return this.query(`SELECT id, subject, payload, published_at FROM "${schema}".outbox WHERE ($1::text IS NULL OR subject = $1) ORDER BY id`, [
      subject ?? null,
    ]);
  }

  /** Feeds an event to the service as its producer's relay would (Nats-Msg-Id = message id). */
  publish<T extends object>(contract: EventContract<T>, payload: T, messageId: string): Promise<{ duplicate: boolean; seq: number }> {
    return publishEventDirect(this.nc, { prefix: this.prefix }, contract, payload, messageId);
  }

  /**
   * The same message again past JetStream's dedupe (as a replay, or a republish after the duplicate window):
   * a new Nats-Msg-Id, so a new stream sequence, but the same Motcua-Message-Id the consumers' inbox keys on.
   */
  async redeliver<T extends object>(contract: EventContract<T>, payload: T, messageId: string): Promise<{ duplicate: boolean; seq: number }> {
    const h = natsHeaders();
    h.set(HEADER.messageId, messageId);
    const ack = await jetstream(this.nc).publish(naming.subject(this.prefix, contract.subject), JSON.stringify(payload), {
      msgID: `${messageId}-again-${randomBytes(3).toString('hex')}`,
      headers: h,
    });
    return { duplicate: ack.duplicate, seq: ack.seq };
  }

  /** Pending + unacknowledged messages of the service's durable consumer of `subject`. */
  async consumerBacklog(subject: string): Promise<number> {
    const jsm = await jetstreamManager(this.nc);
    const info = await jsm.consumers.info(
      naming.eventStream(this.prefix, naming.producerOf(subject)),
      naming.durable(this.definition.service, subject),
    );
    return info.num_pending + info.num_ack_pending;
  }

  /** Every message stored on one event subject (read straight from the stream, no consumer). */
  async streamEvents<T = any>(subject: string): Promise<PublishedEvent<T>[]> {
    const jsm = await jetstreamManager(this.nc);
    const stream = naming.eventStream(this.prefix, naming.producerOf(subject));
    let info;
    try {
      info = await jsm.streams.info(stream);
    } catch {
      return [];
    }
    const found: PublishedEvent<T>[] = [];
    let seq = info.state.first_seq;
    while (info.state.messages > 0 && seq <= info.state.last_seq) {
      let stored: StoredMsg | null;
      try {
        stored = await jsm.streams.getMessage(stream, { next_by_subj: naming.subject(this.prefix, subject), seq } as unknown as { seq: number });
      } catch {
        break;
      }
      if (!stored) break;
      found.push({ seq: stored.seq, messageId: stored.header.get(HEADER.messageId), payload: stored.json<T>() });
      seq = stored.seq + 1;
    }
    return found;
  }

  /** A consumer of one event subject, as another service would have: created now, reads from the stream's start. */
  async eventConsumer<T = any>(subject: string): Promise<{ next(timeoutMs?: number): Promise<PublishedEvent<T> | null>; close(): Promise<void> }> {
    const jsm = await jetstreamManager(this.nc);
    const stream = naming.eventStream(this.prefix, naming.producerOf(subject));
    const name = `probe_${randomBytes(4).toString('hex')}`;
    await jsm.consumers.add(stream, {
      durable_name: name,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: naming.subject(this.prefix, subject),
    });
    const consumer = await jetstream(this.nc).consumers.get(stream, name);
    return {
      next: async (timeoutMs = 5_000) => {
        const msg: JsMsg | null = await consumer.next({ expires: timeoutMs });
        if (!msg) return null;
        msg.ack();
        return { seq: msg.seq, messageId: msg.headers?.get(HEADER.messageId) ?? '', payload: msg.json<T>() };
      },
      close: async () => {
        await jsm.consumers.delete(stream, name).catch(() => undefined);
      },
    };
  }

  async deadLetters(): Promise<DeadLetter[]> {
    if (!this.service) throw new Error('service not started');
    return listDeadLetters(await jetstreamManager(this.nc), this.service.config);
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

/** Waits until the service's consumer of `subject` has nothing pending or unacknowledged. */
export function drained(world: ServiceEnvironment, subject: string, timeoutMs?: number): Promise<number> {
  return eventually(() => world.consumerBacklog(subject), (n) => n === 0, timeoutMs);
}
