import { NOTIFY_CHANNELS, type NotifyChannel } from '@motcua/contracts';
import { parseQuietHours, type QuietHours } from './quiet-hours';

export const DISPATCH_SETTINGS = Symbol('DISPATCH_SETTINGS');

export interface DispatchSettings {
  /** How often pending rows are looked for (retries due, leases expired, rows a crash left behind). */
  sweepMs: number;
  /** How long a row stays 'sending' before another pass may assume its sender died and send it again. */
  leaseMs: number;
  /** Attempts before a temporarily failing message is given up as a permanent failure. */
  maxAttempts: number;
  /** Delay before the first retry; doubles each attempt up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  batchSize: number;
  /** No SMS or Zalo at night (Vietnam time): they wait for the morning. Null: never quiet. */
  quietHours: QuietHours | null;
  /** Sends per second (and burst) per channel's provider; absent: unlimited. */
  rateLimits: Partial<Record<NotifyChannel, { ratePerSecond: number; burst: number }>>;
  /** A message still not delivered this long after it was written is reported (MessageUndelivered 'overdue'). */
  overdueAfterMs: number;
  /** Channels a citizen who gave the address and said nothing is taken to accept (service messages about their dossier). */
  defaultConsent: NotifyChannel[];
}

const num = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value);
  return value !== undefined && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

function rateLimits(env: NodeJS.ProcessEnv): DispatchSettings['rateLimits'] {
  const limits: DispatchSettings['rateLimits'] = {};
  for (const channel of NOTIFY_CHANNELS) {
    const rate = num(env[`NOTIFY_RATE_${channel.toUpperCase()}_PER_SEC`], 0);
    if (rate > 0) limits[channel] = { ratePerSecond: rate, burst: num(env[`NOTIFY_RATE_${channel.toUpperCase()}_BURST`], Math.max(1, Math.ceil(rate))) };
  }
  return limits;
}

function channels(value: string | undefined, fallback: NotifyChannel[]): NotifyChannel[] {
  if (value === undefined) return fallback;
  const listed = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = listed.filter((c) => !(NOTIFY_CHANNELS as readonly string[]).includes(c));
  if (unknown.length > 0) throw new Error(`NOTIFY_DEFAULT_CONSENT lists unknown channels: ${unknown.join(', ')}`);
  return listed as NotifyChannel[];
}

export function dispatchSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DispatchSettings {
  return {
    sweepMs: num(env.NOTIFY_SWEEP_MS, 5_000),
    leaseMs: num(env.NOTIFY_SEND_LEASE_MS, 60_000),
    maxAttempts: num(env.NOTIFY_MAX_ATTEMPTS, 6),
    retryBaseMs: num(env.NOTIFY_RETRY_BASE_MS, 30_000),
    retryMaxMs: num(env.NOTIFY_RETRY_MAX_MS, 30 * 60_000),
    batchSize: 50,
    quietHours: parseQuietHours(env.NOTIFY_QUIET_HOURS ?? '21:00-07:00'),
    rateLimits: rateLimits(env),
    overdueAfterMs: num(env.NOTIFY_OVERDUE_AFTER_MS, 24 * 60 * 60_000),
    defaultConsent: channels(env.NOTIFY_DEFAULT_CONSENT, ['sms', 'email']),
  };
}
