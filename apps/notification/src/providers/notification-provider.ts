import type { DeliveryChannel } from '../templates/message-templates';

/** What a provider adapter receives: one rendered message to one address. */
export interface OutgoingMessage {
  /** The ledger row id: the idempotency key to pass on where a provider takes one. */
  deliveryId: string;
  channel: DeliveryChannel;
  to: string;
  subject?: string;
  body: string;
  /** Zalo: the approved ZNS template and the values of its parameters (ZNS sends templates, not free text). */
  providerTemplateId?: string;
  params?: Record<string, string>;
}

/** A failure whose `reason` is safe to log and store: never the address or the text. */
export abstract class DeliveryFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Worth trying again later: gateway down, throttled, timeout. `retryAfterMs`: the provider said when. */
export class TemporaryDeliveryFailure extends DeliveryFailure {
  override name = 'TemporaryDeliveryFailure';

  constructor(
    reason: string,
    readonly retryAfterMs?: number,
  ) {
    super(reason);
  }
}

/** Will never succeed: invalid number, address rejected, no Zalo account, content refused. */
export class PermanentDeliveryFailure extends DeliveryFailure {
  override name = 'PermanentDeliveryFailure';
}

/**
 * An SMS gateway, SMTP server or Zalo OA behind one call: resolves with the provider's reference for the
 * message, or throws a Temporary/PermanentDeliveryFailure. Also the DI token the dispatcher asks for.
 */
export abstract class NotificationProvider {
  abstract send(message: OutgoingMessage): Promise<string>;

  /** Which provider carries a channel: recorded on each message, and the key of its rate limit. */
  providerName(channel: DeliveryChannel): string {
    return `${this.constructor.name}:${channel}`;
  }

  /** Releases connections (SMTP pool…) when the service stops. */
  async close(): Promise<void> {}
}
