import type { NotifyChannel } from '@motcua/contracts';
import type { SmtpSettings } from './email/smtp.provider';
import type { HttpSmsGatewaySettings } from './sms/http-sms-gateway.provider';
import type { ZnsSettings } from './zalo/zns.provider';

export type ChannelProvider =
  | { kind: 'local' }
  | ({ kind: 'http' } & HttpSmsGatewaySettings)
  | ({ kind: 'zns' } & ZnsSettings)
  | ({ kind: 'smtp' } & SmtpSettings);

/** Which adapter carries each channel. Unset: the local sink, so a machine without providers still runs. */
export type ProviderSettings = Record<NotifyChannel, ChannelProvider>;

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is required by the configured notification provider`);
  return value;
}

const timeout = (env: NodeJS.ProcessEnv): number => Number(env.NOTIFY_PROVIDER_TIMEOUT_MS ?? 10_000);

/** NOTIFY_SMS_PROVIDER=local|http, NOTIFY_ZALO_PROVIDER=local|zns, NOTIFY_EMAIL_PROVIDER=local|smtp. */
export function providerSettingsFromEnv(env: NodeJS.ProcessEnv): ProviderSettings {
  const sms = env.NOTIFY_SMS_PROVIDER ?? 'local';
  const zalo = env.NOTIFY_ZALO_PROVIDER ?? 'local';
  const email = env.NOTIFY_EMAIL_PROVIDER ?? 'local';
  const check = (name: string, value: string, allowed: string[]) => {
    if (!allowed.includes(value)) throw new Error(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  };
  check('NOTIFY_SMS_PROVIDER', sms, ['local', 'http']);
  check('NOTIFY_ZALO_PROVIDER', zalo, ['local', 'zns']);
  check('NOTIFY_EMAIL_PROVIDER', email, ['local', 'smtp']);
  return {
    sms:
      sms === 'http'
        ? { kind: 'http', url: required(env, 'NOTIFY_SMS_URL'), apiKey: env.NOTIFY_SMS_API_KEY, sender: env.NOTIFY_SMS_SENDER ?? 'MOTCUA', timeoutMs: timeout(env) }
        : { kind: 'local' },
    zalo:
      zalo === 'zns'
        ? {
            kind: 'zns',
            url: env.NOTIFY_ZNS_URL ?? 'https://business.openapi.zalo.me/message/template',
            accessToken: required(env, 'NOTIFY_ZNS_ACCESS_TOKEN'),
            timeoutMs: timeout(env),
          }
        : { kind: 'local' },
    email:
      email === 'smtp'
        ? {
            kind: 'smtp',
            url: required(env, 'NOTIFY_SMTP_URL'),
            from: env.NOTIFY_EMAIL_FROM ?? '"Bộ phận Một cửa" <thongbao@motcua.local>',
            messageIdDomain: env.NOTIFY_EMAIL_MESSAGE_ID_DOMAIN ?? 'motcua.local',
            timeoutMs: timeout(env),
          }
        : { kind: 'local' },
  };
}
