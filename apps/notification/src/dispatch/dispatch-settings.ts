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
}

const num = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value);
  return value !== undefined && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

export function dispatchSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DispatchSettings {
  return {
    sweepMs: num(env.NOTIFY_SWEEP_MS, 5_000),
    leaseMs: num(env.NOTIFY_SEND_LEASE_MS, 60_000),
    maxAttempts: num(env.NOTIFY_MAX_ATTEMPTS, 6),
    retryBaseMs: num(env.NOTIFY_RETRY_BASE_MS, 30_000),
    retryMaxMs: num(env.NOTIFY_RETRY_MAX_MS, 30 * 60_000),
    batchSize: 50,
  };
}
