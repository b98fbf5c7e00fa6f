import { jetstreamManager } from '@nats-io/jetstream';
import type { KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MessagingConfig } from '../config/messaging-config';
import { naming } from '../config/naming';
import { openBucket } from '../kv/kv-bucket';

/** Entries of a message acked or dead-lettered without being forgotten (a crash) go away on their own. */
const LEDGER_TTL_MS = 7 * 24 * 3600 * 1_000;

export const OUTAGE_LEDGER_BUCKET = 'outage_deliveries';

/**
 * How many deliveries of a message ended in a nak because the database was unreachable: JetStream counts every
 * delivery, and these must not use up the message's retry budget. Kept in a KV bucket (key: durable + stream
 * sequence), so a replica that restarts after the outage still knows; created on the first outage only. If NATS
 * cannot keep a count, this process's own count stands in.
 */
export class OutageLedger {
  private bucket?: Promise<KV>;
  private readonly local = new Map<string, number>();

  constructor(
    private readonly connection: () => NatsConnection,
    private readonly config: MessagingConfig,
  ) {}

  /** Outage deliveries recorded for a message so far (0 if none). */
  async count(durable: string, streamSeq: number): Promise<number> {
    const key = this.key(durable, streamSeq);
    const local = this.local.get(key) ?? 0;
    try {
      const kv = await this.existing();
      if (!kv) return local;
      const entry = await kv.get(key);
      return Math.max(local, entry && entry.operation === 'PUT' ? Number(entry.string()) || 0 : 0);
    } catch {
      return local;
    }
  }

  /** Records one more outage delivery of a message; returns the new count. */
  async increment(durable: string, streamSeq: number): Promise<number> {
    const key = this.key(durable, streamSeq);
    const local = (this.local.get(key) ?? 0) + 1;
    this.local.set(key, local);
    try {
      const kv = await this.open();
      for (let attempt = 0; attempt < 3; attempt++) {
        const entry = await kv.get(key);
        const stored = entry && entry.operation === 'PUT' ? Number(entry.string()) || 0 : 0;
        const next = Math.max(stored + 1, local);
        try {
          // Compare-and-set: two replicas holding the same message (ack_wait expired) do not lose a count.
          if (entry) await kv.update(key, String(next), entry.revision);
          else await kv.create(key, String(next));
          this.local.set(key, next);
          return next;
        } catch {
          // Someone else wrote in between: read again.
        }
      }
    } catch {
      // NATS cannot keep the count: this process's count stands in.
    }
    return local;
  }

  /** Forgets a message that reached an outcome (acked or dead-lettered). */
  async forget(durable: string, streamSeq: number): Promise<void> {
    const key = this.key(durable, streamSeq);
    const hadLocal = this.local.delete(key);
    try {
      const kv = await this.existing();
      if (kv && (hadLocal || (await kv.get(key))?.operation === 'PUT')) await kv.purge(key);
    } catch {
      // The entry expires on its own.
    }
  }

  private key(durable: string, streamSeq: number): string {
    return `${durable}.${streamSeq}`;
  }

  private open(): Promise<KV> {
    this.bucket ??= openBucket(this.connection(), this.config, OUTAGE_LEDGER_BUCKET, { ttlMs: LEDGER_TTL_MS }).catch((error: unknown) => {
      this.bucket = undefined;
      throw error;
    });
    return this.bucket;
  }

  /** The bucket if it exists (this service had an outage, maybe before a restart); not created here. */
  private async existing(): Promise<KV | undefined> {
    if (this.bucket) return this.bucket;
    const jsm = await jetstreamManager(this.connection());
    const exists = await jsm.streams.info(`KV_${naming.bucket(this.config.prefix, OUTAGE_LEDGER_BUCKET)}`).then(
      () => true,
      () => false,
    );
    return exists ? this.open() : undefined;
  }
}
