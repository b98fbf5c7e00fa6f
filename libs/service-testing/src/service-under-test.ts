// Boots one service in-process for an integration suite: its own database and NATS prefix, memory streams,
// fast retries; cleaned up afterwards. (Candidate for libs/testing once a second app wants the same.)
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { Pool } from 'pg';
import type { EventContract } from '@motcua/contracts';
import { HEADER, naming, publishEventDirect, RpcClient } from '@motcua/messaging';
import { bootstrapService, type RunningService, type ServiceDefinition } from '@motcua/platform';
import { cleanupNatsPrefix, createTestDatabase, randomPrefix, resolveInfrastructure, type TestDatabase } from '@motcua/testing';

export interface ServiceUnderTest {
  readonly running: RunningService;
  readonly prefix: string;
  /** The test's own NATS connection (not the service's): publishes events, calls RPCs. */
  readonly nc: NatsConnection;
  readonly rpc: RpcClient;
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Publishes like an outbox relay would: Nats-Msg-Id = message id (JetStream drops a repeat within its window). */
  publish<T extends object>(contract: EventContract<T>, payload: T, messageId: string): Promise<{ duplicate: boolean; seq: number }>;
  /** The same message id under a new Nats-Msg-Id: a redelivery JetStream cannot dedupe, so only the inbox can. */
  redeliver<T extends object>(contract: EventContract<T>, payload: T, messageId: string): Promise<{ seq: number }>;
  /** Resolves once the service's consumer of `contract` has acknowledged everything up to stream sequence `seq`. */
  consumed(contract: EventContract, seq: number): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Polls `check` until it stops throwing (and returns its value), or fails with its last error after `timeoutMs`. */
export async function eventuallyTruthy<T>(check: () => Promise<T> | T, timeoutMs = 15_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

export async function startServiceUnderTest(definition: ServiceDefinition, extraEnv: Record<string, string> = {}): Promise<ServiceUnderTest> {
  const infra = await resolveInfrastructure();
  const db: TestDatabase = await createTestDatabase({ adminUrl: infra.databaseUrl });
  const prefix = randomPrefix();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    DATABASE_URL: db.url,
    NATS_URL: infra.natsUrl,
    MESSAGING_PREFIX: prefix,
    NATS_STORAGE: 'memory',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
  };
  const boot = () => bootstrapService(definition, { env, retry: { maxDeliveries: 3, backoffMs: [100] } });
  const nc = await connect({ servers: infra.natsUrl.split(','), name: `test-${definition.service}` });
  const pool = new Pool({ connectionString: db.url, max: 2 });
  // The suite's database is dropped WITH (FORCE) at close: a client still ending then gets "terminating connection",
  // which an unheard pool 'error' would raise in whatever test runs next.
  pool.on('error', () => undefined);
  let running: RunningService | undefined = await boot();
  const config = { ...running.config };

  const durableOf = (contract: EventContract) => ({
    stream: naming.eventStream(prefix, contract.producer),
    durable: naming.durable(definition.service, contract.subject),
  });

  return {
    get running() {
      if (!running) throw new Error('the service is stopped');
      return running;
    },
    prefix,
    nc,
    rpc: new RpcClient({ config, connection: () => nc }),
    query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
    publish: (contract, payload, messageId) => publishEventDirect(nc, { prefix }, contract, payload, messageId),
    redeliver: async (contract, payload, messageId) => {
      const h = natsHeaders();
      h.set(HEADER.messageId, messageId);
      const ack = await jetstream(nc).publish(naming.subject(prefix, contract.subject), JSON.stringify(payload), {
        msgID: `${messageId}:again:${Date.now()}`,
        headers: h,
      });
      return { seq: ack.seq };
    },
    consumed: async (contract, seq) => {
      const jsm = await jetstreamManager(nc);
      const { stream, durable } = durableOf(contract);
      await eventuallyTruthy(async () => {
        const info = await jsm.consumers.info(stream, durable);
        if (info.ack_floor.stream_seq < seq || info.num_ack_pending > 0) throw new Error(`${durable} has not consumed seq ${seq} yet`);
      });
    },
    restart: async () => {
      await running?.close();
      running = await boot();
    },
    stop: async () => {
      await running?.close();
      running = undefined;
    },
    close: async () => {
      await running?.close().catch(() => undefined);
      running = undefined;
      await cleanupNatsPrefix(nc, prefix).catch(() => undefined);
      await nc.close().catch(() => undefined);
      await pool.end().catch(() => undefined);
      await db.drop();
    },
  };
}
