import { isRetryableStatus, postJson } from '../http/post-json';
import { NotificationProvider, PermanentDeliveryFailure, TemporaryDeliveryFailure, type OutgoingMessage } from '../notification-provider';

export interface ZnsSettings {
  /** ZNS send endpoint: https://business.openapi.zalo.me/message/template */
  url: string;
  /** The Official Account's access token (refreshed outside this service). */
  accessToken: string;
  timeoutMs: number;
}

/**
 * ZNS error codes that no retry will change: the number, the recipient's Zalo account, or the template data.
 * Any other code (token, quota, Zalo's own trouble) is retried, and after the last attempt the message falls back
 * to SMS. Check this list against Zalo's current ZNS error table before going live.
 */
const FOR_GOOD: Record<number, string> = {
  [-108]: 'phone number invalid',
  [-109]: 'ZNS template id invalid',
  [-111]: 'template data empty',
  [-112]: 'template data invalid',
  [-114]: 'recipient inactive or unreachable on Zalo',
  [-118]: 'no Zalo account for this number',
  [-119]: 'this Zalo account cannot receive ZNS',
  [-139]: 'recipient declined ZNS from this account',
};

/** "0912345678" → "84912345678": ZNS wants the international form without "+". */
export const toZaloPhone = (phone: string): string => (phone.startsWith('0') ? `84${phone.slice(1)}` : phone.replace(/^\+/, ''));

/**
 * Zalo Notification Service: sends an approved template with its parameter values to the Zalo account of a phone
 * number. `tracking_id` carries the delivery id (ZNS echoes it in its delivery callbacks and reports).
 */
export class ZnsProvider extends NotificationProvider {
  constructor(private readonly settings: ZnsSettings) {
    super();
  }

  override providerName(): string {
    return 'zalo-zns';
  }

  async send(message: OutgoingMessage): Promise<string> {
    if (!message.providerTemplateId) throw new PermanentDeliveryFailure('no ZNS template id for this message');
    const answer = await postJson(
      this.settings.url,
      { phone: toZaloPhone(message.to), template_id: message.providerTemplateId, template_data: message.params ?? {}, tracking_id: message.deliveryId },
      { access_token: this.settings.accessToken },
      this.settings.timeoutMs,
      'ZNS',
    );
    if (answer.status < 200 || answer.status >= 300) {
      const reason = `ZNS answered HTTP ${answer.status}`;
      if (isRetryableStatus(answer.status)) throw new TemporaryDeliveryFailure(reason, answer.retryAfterMs);
      throw new PermanentDeliveryFailure(reason);
    }
    const error = Number(answer.body?.error);
    if (error === 0 && answer.body?.data?.msg_id) return String(answer.body.data.msg_id);
    if (FOR_GOOD[error]) throw new PermanentDeliveryFailure(`ZNS error ${error}: ${FOR_GOOD[error]}`);
    throw new TemporaryDeliveryFailure(Number.isFinite(error) ? `ZNS error ${error}` : 'ZNS answer not understood');
  }
}
