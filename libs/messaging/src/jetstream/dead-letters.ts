import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import type { JetStreamClient, JetStreamManager, StoredMsg } from '@nats-io/jetstream';
import type { MessagingConfig } from '../config/messaging-config';
import { HEADER, naming } from '../config/naming';

export interface DeadLetter {
  /** Sequence in the dead-letter stream: the handle used to replay or discard it. */
  seq: number;
  consumer: string;
  subject: string;
  messageId?: string;
  error: string;
  deliveries: number;
  deadLetteredAt: string;
  payload: unknown;
}

export interface FailedMessage {
  subject: string;
  data: Uint8Array;
  headers?: MsgHdrs;
}

/** Copies a message that cannot be processed to the dead-letter stream, with why and how often it failed. */
export async function publishDeadLetter(
  js: JetStreamClient,
  config: MessagingConfig,
  durable: string,
  message: FailedMessage,
  error: string,
  deliveries: number,
): Promise<void> {
  const h = natsHeaders();
  // Nats-* headers would make JetStream treat the copy as a duplicate or an expectation: keep only ours.
  for (const [key, values] of message.headers ?? []) {
    if (!key.toLowerCase().startsWith('nats-')) for (const value of values) h.append(key, value);
  }
  h.set(HEADER.deadLetterError, error.slice(0, 2_000));
  h.set(HEADER.deadLetterSubject, naming.unprefixed(config.prefix, message.subject));
  h.set(HEADER.deadLetterConsumer, durable);
  h.set(HEADER.deadLetterDeliveries, String(deliveries));
  h.set(HEADER.deadLetterAt, new Date().toISOString());
  await js.publish(naming.deadLetterSubject(config.prefix, config.service, durable), message.data, { headers: h });
}

export function toDeadLetter(stored: StoredMsg): DeadLetter {
  const h = stored.header;
  let payload: unknown;
  try {
    payload = stored.json();
  } catch {
    payload = stored.string();
  }
  return {
    seq: stored.seq,
    consumer: h.get(HEADER.deadLetterConsumer),
    subject: h.get(HEADER.deadLetterSubject),
    messageId: h.get(HEADER.messageId) || undefined,
    error: h.get(HEADER.deadLetterError),
    deliveries: Number(h.get(HEADER.deadLetterDeliveries)),
    deadLetteredAt: h.get(HEADER.deadLetterAt),
    payload,
  };
}

/** Lists this service's dead letters, oldest first. */
export async function listDeadLetters(jsm: JetStreamManager, config: MessagingConfig, limit = 100): Promise<DeadLetter[]> {
  const stream = naming.deadLetterStream(config.prefix);
  const filter = naming.deadLetterFilter(config.prefix, config.service);
  const info = await jsm.streams.info(stream);
  const found: DeadLetter[] = [];
  if (info.state.messages === 0) return found;
  let seq = info.state.first_seq;
  while (found.length < limit && seq <= info.state.last_seq) {
    let stored: StoredMsg | null;
    try {
      // nats-server ≥ 2.9 answers "first message on this subject at or after seq"; the client's type lags behind.
      stored = await jsm.streams.getMessage(stream, { next_by_subj: filter, seq } as unknown as { seq: number });
    } catch {
      break;
    }
    if (!stored) break;
    found.push(toDeadLetter(stored));
    seq = stored.seq + 1;
  }
  return found;
}
