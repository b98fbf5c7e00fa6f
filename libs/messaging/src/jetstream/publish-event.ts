import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import type { EventContract } from '@motcua/contracts';
import type { MessagingConfig } from '../config/messaging-config';
import { HEADER, naming } from '../config/naming';

/**
 * Publishes one event straight to JetStream, bypassing an outbox: for tests that feed a service, and for tools.
 * Services publish only through their outbox.
 */
export async function publishEventDirect<T extends object>(
  nc: NatsConnection,
  config: Pick<MessagingConfig, 'prefix'>,
  contract: EventContract<T>,
  payload: T,
  messageId: string,
): Promise<{ duplicate: boolean; seq: number }> {
  const h = natsHeaders();
  h.set(HEADER.messageId, messageId);
  const ack = await jetstream(nc).publish(naming.subject(config.prefix, contract.subject), JSON.stringify(payload), {
    msgID: messageId,
    headers: h,
  });
  return { duplicate: ack.duplicate, seq: ack.seq };
}
