import { createTransport, type Transporter } from 'nodemailer';
import { NotificationProvider, PermanentDeliveryFailure, TemporaryDeliveryFailure, type OutgoingMessage } from '../notification-provider';

export interface SmtpSettings {
  /** smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465. */
  url: string;
  /** e.g. "Bộ phận Một cửa" <thongbao@donthap.gov.vn> */
  from: string;
  /** Domain of the Message-ID we give each e-mail (the delivery id @ this). */
  messageIdDomain: string;
  timeoutMs: number;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  permanent?: boolean;
}

/**
 * E-mail over SMTP with nodemailer (pooled connections). SMTP has no idempotency key: the Message-ID is the
 * delivery id, so a duplicate after a lost answer is at least recognisable by the receiving side.
 */
export class SmtpProvider extends NotificationProvider {
  private readonly transport: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    super();
    this.transport = createTransport({
      ...smtpUrlOptions(settings.url),
      pool: true,
      maxConnections: 2,
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
    });
  }

  override providerName(): string {
    return 'email-smtp';
  }

  async send(message: OutgoingMessage): Promise<string> {
    try {
      const info = await this.transport.sendMail({
        from: this.settings.from,
        to: message.to,
        subject: message.subject ?? '',
        text: message.body,
        messageId: `<${message.deliveryId}@${this.settings.messageIdDomain}>`,
        headers: { 'X-Motcua-Delivery-Id': message.deliveryId },
      });
      if ((info.rejected?.length ?? 0) > 0) throw new PermanentDeliveryFailure('SMTP server rejected the recipient');
      return info.messageId;
    } catch (error) {
      if (error instanceof PermanentDeliveryFailure) throw error;
      // Only codes: nodemailer's messages and the server's replies quote the address.
      const { code, responseCode, permanent } = error as SmtpError;
      const reason = `SMTP ${responseCode ?? code ?? 'error'}`;
      if (permanent) throw new PermanentDeliveryFailure(reason);
      throw new TemporaryDeliveryFailure(reason);
    }
  }

  override async close(): Promise<void> {
    this.transport.close();
  }
}

/** smtp(s)://user:pass@host:port → nodemailer's connection options. */
function smtpUrlOptions(url: string) {
  const parsed = new URL(url);
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new Error('NOTIFY_SMTP_URL must start with smtp:// or smtps://');
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: Number(parsed.port || (secure ? 465 : 587)),
    secure,
    ...(parsed.username ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } } : {}),
  };
}
