import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

/** The first province administrator, created from configuration when no province administrator exists yet. */
export interface BootstrapAdminConfig {
  username: string;
  password: string;
  unitCode: string;
  displayName: string;
}

/** What the gateway reads from its environment; built once per process (or per test) and injected. */
export interface GatewayConfig {
  /** NODE_ENV=production: no ephemeral secret, no demo seed, a first administrator must be configured. */
  production: boolean;
  /** HMAC key of access tokens. */
  authSecret: Buffer;
  /** True when AUTH_SECRET was unset: tokens die with the process and other replicas reject them. */
  authSecretIsEphemeral: boolean;
  accessTokenTtlSeconds: number;
  /** A refresh token unused for this long expires (idle timeout); each refresh issues a new one. */
  refreshTokenTtlSeconds: number;
  /** A session (one login and its chain of refresh tokens) ends this long after the login, whatever happens. */
  sessionMaxSeconds: number;
  /** Consecutive failed logins of one username before it is locked, and for how long. */
  loginMaxFailures: number;
  loginLockSeconds: number;
  /** Login attempts allowed per client IP per minute (password spraying across usernames). */
  loginAttemptsPerMinute: number;
  /** How long a command or query may wait for its service before the client gets a 503. */
  rpcTimeoutMs: number;
  /**
   * Load shedding (GATEWAY_MAX_IN_FLIGHT): commands and queries this process may have waiting on one service at once.
   * Beyond it a request is refused at once (503 `overloaded`, Retry-After) instead of queueing into the RPC timeout.
   */
  maxInFlightPerService: number;
  /** Of those, from the public endpoints (/api/public, all services together; GATEWAY_MAX_IN_FLIGHT_PUBLIC). */
  maxInFlightPublic: number;
  /** Public status lookups allowed per client IP per minute. */
  publicLookupsPerMinute: number;
  /** Failed public lookups of one dossier code allowed per window (guessing the 4-digit second factor). */
  publicLookupFailuresPerCode: number;
  publicLookupCodeWindowSeconds: number;
  /** Public catalogue requests allowed per client IP per minute. */
  publicCataloguePerMinute: number;
  /** Largest JSON body accepted, in bytes (HTTP_BODY_LIMIT_BYTES). */
  bodyLimitBytes: number;
  /** Browser origins allowed by CORS (CORS_ORIGINS, comma-separated); empty: no CORS headers at all. */
  corsOrigins: string[];
  seedDemo: boolean;
  bootstrapAdmin?: BootstrapAdminConfig;
  /** Express `trust proxy` (TRUST_PROXY): behind a reverse proxy the client IP comes from X-Forwarded-For. */
  trustProxy?: boolean | number | string;
  /** The built desk web app (WEB_DIST_DIR, default apps/web/dist under the working directory); served when present. */
  webDistDir: string;
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

/**
 * Defaults: 64 per service keeps the queue one gateway can build up in front of a service at about a second even at
 * the ~50 dossiers/s intake accepted on a loaded 2-core bench machine (queue ≈ cap ÷ throughput), far under the 5 s
 * RPC timeout; the public endpoints get half of it, so a crowd of anonymous lookups cannot take the desks' share.
 * A public cap above the per-service one is a typo: it could never be reached.
 */
function inFlightCaps(env: NodeJS.ProcessEnv): Pick<GatewayConfig, 'maxInFlightPerService' | 'maxInFlightPublic'> {
  const maxInFlightPerService = positiveInt(env, 'GATEWAY_MAX_IN_FLIGHT', 64);
  const explicitPublic = env.GATEWAY_MAX_IN_FLIGHT_PUBLIC !== undefined && env.GATEWAY_MAX_IN_FLIGHT_PUBLIC !== '';
  const maxInFlightPublic = positiveInt(env, 'GATEWAY_MAX_IN_FLIGHT_PUBLIC', Math.max(1, Math.floor(maxInFlightPerService / 2)));
  if (explicitPublic && maxInFlightPublic > maxInFlightPerService) {
    throw new Error(`GATEWAY_MAX_IN_FLIGHT_PUBLIC (${maxInFlightPublic}) must not exceed GATEWAY_MAX_IN_FLIGHT (${maxInFlightPerService})`);
  }
  return { maxInFlightPerService, maxInFlightPublic };
}

function trustProxy(raw: string | undefined): boolean | number | string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function corsOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    // An explicit list only: '*' would let any site drive a logged-in browser's requests.
    if (!/^https?:\/\/[^/\s*]+$/.test(origin)) throw new Error(`CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin such as https://motcua.example.gov.vn`);
  }
  return origins;
}

function bootstrapAdmin(env: NodeJS.ProcessEnv): BootstrapAdminConfig | undefined {
  const { BOOTSTRAP_ADMIN_USERNAME: username, BOOTSTRAP_ADMIN_PASSWORD: password, BOOTSTRAP_ADMIN_UNIT: unitCode } = env;
  if (!username && !password && !unitCode) return undefined;
  if (!username || !password || !unitCode) {
    throw new Error('BOOTSTRAP_ADMIN_USERNAME, BOOTSTRAP_ADMIN_PASSWORD and BOOTSTRAP_ADMIN_UNIT go together: set all three or none');
  }
  return { username, password, unitCode, displayName: env.BOOTSTRAP_ADMIN_DISPLAY_NAME || 'Quản trị hệ thống cấp tỉnh' };
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const secret = env.AUTH_SECRET;
  if (secret !== undefined && secret !== '' && secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (production && !secret) throw new Error('AUTH_SECRET is required when NODE_ENV=production');
  const seedDemo = env.SEED_DEMO === '1';
  // Demo accounts have a published password: never in production.
  if (production && seedDemo) throw new Error('SEED_DEMO=1 is refused when NODE_ENV=production');
  return {
    production,
    authSecret: secret ? Buffer.from(secret, 'utf8') : randomBytes(32),
    authSecretIsEphemeral: !secret,
    accessTokenTtlSeconds: positiveInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60),
    refreshTokenTtlSeconds: positiveInt(env, 'REFRESH_TOKEN_TTL_SECONDS', 12 * 3600),
    sessionMaxSeconds: positiveInt(env, 'SESSION_MAX_SECONDS', 24 * 3600),
    loginMaxFailures: positiveInt(env, 'LOGIN_MAX_FAILURES', 5),
    loginLockSeconds: positiveInt(env, 'LOGIN_LOCK_SECONDS', 15 * 60),
    loginAttemptsPerMinute: positiveInt(env, 'LOGIN_ATTEMPTS_PER_MINUTE', 30),
    rpcTimeoutMs: positiveInt(env, 'GATEWAY_RPC_TIMEOUT_MS', 5_000),
    ...inFlightCaps(env),
    publicLookupsPerMinute: positiveInt(env, 'PUBLIC_LOOKUP_PER_MINUTE', 20),
    publicLookupFailuresPerCode: positiveInt(env, 'PUBLIC_LOOKUP_FAILURES_PER_CODE', 10),
    publicLookupCodeWindowSeconds: positiveInt(env, 'PUBLIC_LOOKUP_CODE_WINDOW_SECONDS', 24 * 3600),
    publicCataloguePerMinute: positiveInt(env, 'PUBLIC_CATALOGUE_PER_MINUTE', 120),
    bodyLimitBytes: positiveInt(env, 'HTTP_BODY_LIMIT_BYTES', 64 * 1024),
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    seedDemo,
    bootstrapAdmin: bootstrapAdmin(env),
    trustProxy: trustProxy(env.TRUST_PROXY),
    webDistDir: env.WEB_DIST_DIR || resolve(process.cwd(), 'apps/web/dist'),
  };
}
