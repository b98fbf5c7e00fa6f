import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { MessagingConfig } from '../config/messaging-config';

/** One NATS connection per process, reconnecting for ever: a NATS restart must not stop a service. */
export async function connectNats(config: MessagingConfig): Promise<NatsConnection> {
  return connect({
    servers: config.natsUrl.split(','),
    name: `motcua-${config.service}`,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
  });
}
