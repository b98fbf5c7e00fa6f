import { Logger } from '@nestjs/common';
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import type { DataSource, QueryRunner } from 'typeorm';
import { databaseErrorSummary, isDatabaseUnavailable } from '@motcua/persistence';
import type { MessagingConfig } from '../config/messaging-config';
import { HEADER, naming } from '../config/naming';
import { faultPoint } from '../faults/fault-point';
import { ensureEventStream } from '../jetstream/provision';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  schema: string;
  config: MessagingConfig;
  connection: () => NatsConnection;
  batchSize?: number;
  /** Poll interval; a local commit wakes the relay at once (see `nudge`). */
  pollMs?: number;
  /** Longest pause between two attempts while the database is unreachable (the pause doubles up to it). */
  outageMaxDelayMs?: number;
}

interface OutboxRow {
  id: string;
  subject: string;
  payload: unknown;
  headers: Record<string, string>;
  created_at: Date;
}

/**
 * Publishes committed outbox rows to JetStream. One leader per service (a session advisory lock held on its
 * own connection), rows locked with SKIP LOCKED, each published with Nats-Msg-Id = `<schema>-<outbox id>` so a
 * crash between publish and mark republishes a duplicate that JetStream drops.
 */
export class OutboxRelay {
  private readonly log = new Logger('OutboxRelay');
  private running = false;
  private leaderRunner?: QueryRunner;
  private js?: JetStreamClient;
  private wake?: () => void;
  private loop?: Promise<void>;
  private pendingNudge = false;
  /** Set while the database is unreachable: the relay backs off and says so once, not at every pass. */
  private outage?: { since: number; attempts: number };

  constructor(private readonly options: OutboxRelayOptions) {}

  async start(): Promise<void> {
    const { config } = this.options;
    const nc = this.options.connection();
    await ensureEventStream(await jetstreamManager(nc), config, config.service);
    this.js = jetstream(nc);
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    if (this.leaderRunner) {
      await this.leaderRunner.release().catch(() => undefined);
      this.leaderRunner = undefined;
    }
  }

  /** Wake-up hint after a local commit: publish now rather than at the next poll. */
  nudge(): void {
    this.pendingNudge = true;
    this.wake?.();
  }

  get isLeader(): boolean {
    return this.leaderRunner !== undefined;
  }

  private async run(): Promise<void> {
    const pollMs = this.options.pollMs ?? 200;
    while (this.running) {
      let published = 0;
      let pauseMs = pollMs;
      try {
        if (await this.ensureLeadership()) published = await this.publishBatch();
        this.databaseBack();
      } catch (error) {
        // TypeORM releases a query runner whose connection broke: the next query on it says "already released".
        const connectionLost = this.leaderRunner?.isReleased === true;
        await this.dropLeadership();
        if (connectionLost || isDatabaseUnavailable(error)) pauseMs = this.databaseAway(error, pollMs);
        else this.log.warn({ msg: 'outbox relay pass failed', error: String(error) });
      }
      if (!this.outage && (published > 0 || this.pendingNudge)) {
        this.pendingNudge = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.outage ? pauseMs : this.isLeader ? pollMs : pollMs * 10);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** The database is unreachable: log it once, and pause longer at each attempt up to `outageMaxDelayMs`. */
  private databaseAway(error: unknown, pollMs: number): number {
    if (!this.outage) {
      this.outage = { since: Date.now(), attempts: 0 };
      this.log.warn({ msg: 'database unavailable: outbox relay paused, retrying with backoff', schema: this.options.schema, error: databaseErrorSummary(error) });
    }
    this.outage.attempts++;
    const max = this.options.outageMaxDelayMs ?? 10_000;
    return Math.min(max, Math.max(pollMs, 250) * 2 ** Math.min(this.outage.attempts - 1, 16));
  }

  private databaseBack(): void {
    if (!this.outage) return;
    this.log.log({ msg: 'database reachable again: outbox relay resumed', schema: this.options.schema, outageMs: Date.now() - this.outage.since, attempts: this.outage.attempts });
    this.outage = undefined;
  }

  private async ensureLeadership(): Promise<boolean> {
    if (this.leaderRunner) return true;
    const runner = this.options.dataSource.createQueryRunner();
    let row: { locked: boolean };
    try {
      await runner.connect();
      [row] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`outbox:${this.options.schema}`]);
    } catch (error) {
      // A connection lost half-way goes back to the pool (which discards a broken one), not leaked.
      await runner.release().catch(() => undefined);
      throw error;
    }
    if (row.locked) {
      this.leaderRunner = runner;
      return true;
    }
    await runner.release();
    return false;
  }

  private async dropLeadership(): Promise<void> {
    const runner = this.leaderRunner;
    this.leaderRunner = undefined;
    if (runner) await runner.release().catch(() => undefined);
  }

  /** Runs on the leader's own connection, so a lost connection (and with it the lock) ends the leadership. */
  private async publishBatch(): Promise<number> {
    const { schema } = this.options;
    const runner = this.leaderRunner!;
    await runner.startTransaction();
    try {
      const rows: OutboxRow[] = await runner.query(
        `SELECT id, subject, payload, headers, created_at FROM "${schema}".outbox
          WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 200],
      );
      if (rows.length > 0) {
        await Promise.all(rows.map((row) => this.publish(row)));
        faultPoint('after-publish-before-mark', schema);
        await runner.query(`UPDATE "${schema}".outbox SET published_at = now() WHERE id = ANY($1::bigint[])`, [
          rows.map((r) => r.id),
        ]);
      }
      await runner.commitTransaction();
      return rows.length;
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  }

  private publish(row: OutboxRow) {
    const { schema, config } = this.options;
    const messageId = `${schema}-${row.id}`;
    const h = natsHeaders();
    for (const [key, value] of Object.entries(row.headers ?? {})) h.set(key, value);
    h.set(HEADER.messageId, messageId);
    h.set(HEADER.producer, config.service);
    h.set(HEADER.occurredAt, new Date(row.created_at).toISOString());
    return this.js!.publish(naming.subject(config.prefix, row.subject), JSON.stringify(row.payload), {
      msgID: messageId,
      headers: h,
    });
  }
}
