import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type ConsumerInfo,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import type { MessagingConfig } from '../config/messaging-config';
import { naming } from '../config/naming';

const DUPLICATE_WINDOW_NS = 10 * 60 * 1e9; // outbox republishes after a crash land well inside 10 minutes

async function ensureStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<void> {
  try {
    await jsm.streams.info(config.name);
  } catch (error) {
    if (!(error instanceof JetStreamApiError) || error.status !== 404) throw error;
    try {
      await jsm.streams.add(config);
    } catch (addError) {
      // Another replica created it between our look-up and our add: fine.
      if (!String(addError).includes('already in use')) throw addError;
    }
  }
}

/** The stream of one producing service's events. Consumers ensure it too, so start-up order does not matter. */
export async function ensureEventStream(jsm: JetStreamManager, config: MessagingConfig, producer: string): Promise<string> {
  const name = naming.eventStream(config.prefix, producer);
  await ensureStream(jsm, {
    name,
    subjects: [naming.eventSubjects(config.prefix, producer)],
    retention: RetentionPolicy.Limits,
    storage: config.storage === 'memory' ? StorageType.Memory : StorageType.File,
    num_replicas: config.replicas,
    duplicate_window: DUPLICATE_WINDOW_NS,
  });
  return name;
}

/** Dead letters of every service, kept until replayed or deleted by an administrator. */
export async function ensureDeadLetterStream(jsm: JetStreamManager, config: MessagingConfig): Promise<string> {
  const name = naming.deadLetterStream(config.prefix);
  await ensureStream(jsm, {
    name,
    subjects: [`${config.prefix}.dlq.>`],
    retention: RetentionPolicy.Limits,
    storage: config.storage === 'memory' ? StorageType.Memory : StorageType.File,
    num_replicas: config.replicas,
  });
  return name;
}

/**
 * A durable pull consumer for one event subject. Server-side redelivery is unlimited: we dead-letter ourselves, and
 * a message held through a database outage is redelivered however many times it takes. A server-side `max_deliver`
 * would silently stop delivering such a message (no dead letter, no replay), so one found on an existing consumer
 * (created by hand or by an older version) is lifted.
 */
export async function ensureDurableConsumer(
  jsm: JetStreamManager,
  stream: string,
  durable: string,
  filterSubject: string,
  ackWaitMs: number,
): Promise<void> {
  let existing: ConsumerInfo;
  try {
    existing = await jsm.consumers.info(stream, durable);
  } catch (error) {
    if (!(error instanceof JetStreamApiError) || error.status !== 404) throw error;
    await jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: filterSubject,
      ack_wait: ackWaitMs * 1e6,
      max_deliver: UNLIMITED_DELIVERIES,
      max_ack_pending: 1_000,
    });
    return;
  }
  if (limitsDeliveries(existing.config.max_deliver)) {
    await jsm.consumers.update(stream, durable, { max_deliver: UNLIMITED_DELIVERIES });
  }
}

const UNLIMITED_DELIVERIES = -1;

/** Whether a consumer's `max_deliver` makes the server give up on a message (0 and -1 mean unlimited). */
export function limitsDeliveries(maxDeliver: number | undefined): boolean {
  return typeof maxDeliver === 'number' && maxDeliver > 0;
}
