import { isRetryableStatus, postJson, safeCode } from '../http/post-json';
import { NotificationProvider, PermanentDeliveryFailure, TemporaryDeliveryFailure, type OutgoingMessage } from '../notification-provider';

export interface HttpSmsGatewaySettings {
  /** The gateway's send endpoint, e.g. https://sms.example.vn/v1/messages. */
  url: string;
  apiKey?: string;
  /** The registered brandname (tên định danh) the SMS is sent under. */
  sender: string;
  timeoutMs: number;
}

/**
 * An SMS brandname gateway over HTTP. Wire contract (what a vendor adapter maps to):
 * POST {url} `{ to, text, sender, requestId }` with `Authorization: Bearer <key>` and `Idempotency-Key: <delivery id>`;
 * 2xx `{ messageId }` accepted; 408/425/429/5xx (or no answer) try again later, honouring Retry-After; any other
 * 4xx is refused for good (`{ error: { code } }` names why: invalid number, blocked content…).
 */
export class HttpSmsGatewayProvider extends NotificationProvider {
  constructor(private readonly settings: HttpSmsGatewaySettings) {
    super();
  }

  override providerName(): string {
    return 'sms-http-gateway';
  }

  async send(message: OutgoingMessage): Promise<string> {
    const answer = await postJson(
      this.settings.url,
      { to: message.to, text: message.body, sender: this.settings.sender, requestId: message.deliveryId },
      {
        'idempotency-key': message.deliveryId,
        ...(this.settings.apiKey ? { authorization: `Bearer ${this.settings.apiKey}` } : {}),
      },
      this.settings.timeoutMs,
      'SMS gateway',
    );
    const code = safeCode(answer.body?.error?.code ?? answer.body?.code);
    if (answer.status >= 200 && answer.status < 300) {
      return safeCode(answer.body?.messageId) ?? `sms-${message.deliveryId}`;
    }
    const reason = `SMS gateway answered HTTP ${answer.status}${code ? ` (${code})` : ''}`;
    if (isRetryableStatus(answer.status)) throw new TemporaryDeliveryFailure(reason, answer.retryAfterMs);
    throw new PermanentDeliveryFailure(reason);
  }
}
