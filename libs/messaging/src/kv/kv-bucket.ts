import { StorageType } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MessagingConfig } from '../config/messaging-config';
import { naming } from '../config/naming';

const READY_ATTEMPTS = 20;
const READY_PAUSE_MS = 250;

/**
 * Opens (creating if missing) a KV bucket under the configured prefix; history 1: replicas need the latest only.
 * On a cluster a bucket just created as R3 has no leader for a moment and refuses reads and writes: wait for it
 * rather than fail the service's start.
 */
export async function openBucket(nc: NatsConnection, config: MessagingConfig, name: string, options: { ttlMs?: number } = {}): Promise<KV> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= READY_ATTEMPTS; attempt++) {
    try {
      const kv = await new Kvm(nc).create(naming.bucket(config.prefix, name), {
        history: 1,
        storage: config.storage === 'memory' ? StorageType.Memory : StorageType.File,
        replicas: config.replicas,
        ...(options.ttlMs ? { ttl: options.ttlMs } : {}),
      });
      await kv.status();
      return kv;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, READY_PAUSE_MS * attempt));
    }
  }
  throw lastError;
}
