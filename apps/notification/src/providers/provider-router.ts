import { NOTIFY_CHANNELS, type NotifyChannel } from '@motcua/contracts';
import type { DeliveryChannel } from '../templates/message-templates';
import { SmtpProvider } from './email/smtp.provider';
import { LocalSinkProvider } from './local-sink.provider';
import { NotificationProvider, type OutgoingMessage } from './notification-provider';
import type { ChannelProvider, ProviderSettings } from './provider-settings';
import { HttpSmsGatewayProvider } from './sms/http-sms-gateway.provider';
import { ZnsProvider } from './zalo/zns.provider';

/** The provider of each channel, as configuration says: the dispatcher sees one NotificationProvider. */
export class ProviderRouter extends NotificationProvider {
  private readonly byChannel: Record<NotifyChannel, NotificationProvider>;

  constructor(settings: ProviderSettings, env: NodeJS.ProcessEnv) {
    super();
    const sink = new LocalSinkProvider(env);
    const build = (p: ChannelProvider): NotificationProvider => {
      switch (p.kind) {
        case 'http':
          return new HttpSmsGatewayProvider(p);
        case 'zns':
          return new ZnsProvider(p);
        case 'smtp':
          return new SmtpProvider(p);
        default:
          return sink;
      }
    };
    this.byChannel = Object.fromEntries(NOTIFY_CHANNELS.map((c) => [c, build(settings[c])])) as Record<NotifyChannel, NotificationProvider>;
  }

  send(message: OutgoingMessage): Promise<string> {
    return this.byChannel[message.channel].send(message);
  }

  override providerName(channel: DeliveryChannel): string {
    return this.byChannel[channel].providerName(channel);
  }

  override async close(): Promise<void> {
    await Promise.allSettled([...new Set(Object.values(this.byChannel))].map((p) => p.close()));
  }
}
