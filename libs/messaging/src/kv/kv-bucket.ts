import { StorageType } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MessagingConfig } from '../config/messaging-config';
import { naming } from '../config/naming';

/** Opens (creating if missing) a KV bucket under the configured prefix; history 1: replicas need the latest only. */
export async function openBucket(nc: NatsConnection, config: MessagingConfig, name: string): Promise<KV> {
  return new Kvm(nc).create(naming.bucket(config.prefix, name), {
    history: 1,
    storage: config.storage === 'memory' ? StorageType.Memory : StorageType.File,
    replicas: config.replicas,
  });
}
