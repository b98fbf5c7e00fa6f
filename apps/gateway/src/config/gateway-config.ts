import { randomBytes } from 'node:crypto';

/** What the gateway reads from its environment; built once per process (or per test) and injected. */
export interface GatewayConfig {
  /** HMAC key of access tokens. */
  authSecret: Buffer;
  /** True when AUTH_SECRET was unset: tokens die with the process and other replicas reject them. */
  authSecretIsEphemeral: boolean;
  accessTokenTtlSeconds: number;
  /** How long a command or query may wait for its service before the client gets a 503. */
  rpcTimeoutMs: number;
  /** Public status lookups allowed per client IP per minute. */
  publicLookupsPerMinute: number;
  seedDemo: boolean;
  /** Express `trust proxy` (TRUST_PROXY): behind a reverse proxy the client IP comes from X-Forwarded-For. */
  trustProxy?: boolean | number | string;
}

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

const MIN_SECRET_LENGTH = 32;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  // A typo here must stop the start, not silently give 0-second tokens or an unlimited lookup.
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return value;
}

function trustProxy(raw: string | undefined): boolean | number | string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const secret = env.AUTH_SECRET;
  if (secret !== undefined && secret !== '' && secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  return {
    authSecret: secret ? Buffer.from(secret, 'utf8') : randomBytes(32),
    authSecretIsEphemeral: !secret,
    accessTokenTtlSeconds: positiveInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60),
    rpcTimeoutMs: positiveInt(env, 'GATEWAY_RPC_TIMEOUT_MS', 5_000),
    publicLookupsPerMinute: positiveInt(env, 'PUBLIC_LOOKUP_PER_MINUTE', 20),
    seedDemo: env.SEED_DEMO === '1',
    trustProxy: trustProxy(env.TRUST_PROXY),
  };
}
