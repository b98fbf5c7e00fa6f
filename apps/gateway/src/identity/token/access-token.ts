import { createHmac, timingSafeEqual } from 'node:crypto';
import { STAFF_ROLES, type StaffRole } from '@motcua/contracts';

/**
 * Access tokens: compact `header.payload.signature` (base64url), HMAC-SHA256 over `header.payload` — the JWT
 * HS256 layout, so standard tools can read them, but signed and checked here with node:crypto only.
 * The signature proves the claims; StaffAuthGuard also checks that the session `sid` is still live, so logout,
 * a disabled account or a reused refresh token take effect at once, not only at `exp`.
 */
export interface AccessClaims {
  staffId: string;
  /** The session (login) this token belongs to: logout or a revoked session ends it before `exp`. */
  sid: string;
  unitCode: string;
  roles: StaffRole[];
  /** Issued at / expires at, in seconds since the epoch. */
  iat: number;
  exp: number;
}

export type VerifyResult = { ok: true; claims: AccessClaims } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

const HEADER = { alg: 'HS256', typ: 'JWT' } as const;
const ENCODED_HEADER = encode(HEADER);

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function sign(input: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(input).digest();
}

function parse(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function isClaims(value: unknown): value is AccessClaims {
  const c = value as AccessClaims;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.staffId === 'string' &&
    c.staffId.length > 0 &&
    typeof c.sid === 'string' &&
    c.sid.length > 0 &&
    typeof c.unitCode === 'string' &&
    c.unitCode.length > 0 &&
    Array.isArray(c.roles) &&
    c.roles.every((r) => (STAFF_ROLES as readonly string[]).includes(r)) &&
    Number.isInteger(c.iat) &&
    Number.isInteger(c.exp)
  );
}

export function signAccessToken(
  subject: Pick<AccessClaims, 'staffId' | 'sid' | 'unitCode' | 'roles'>,
  secret: Buffer,
  options: { ttlSeconds: number; now?: Date },
): { token: string; expiresAt: Date } {
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const claims: AccessClaims = { staffId: subject.staffId, sid: subject.sid, unitCode: subject.unitCode, roles: [...subject.roles], iat, exp: iat + options.ttlSeconds };
  const body = `${ENCODED_HEADER}.${encode(claims)}`;
  return { token: `${body}.${sign(body, secret).toString('base64url')}`, expiresAt: new Date(claims.exp * 1000) };
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function verifyAccessToken(token: string, secret: Buffer, now: Date = new Date()): VerifyResult {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => BASE64URL.test(p))) return { ok: false, reason: 'malformed' };
  const [header, payload, signature] = parts;
  // Only our own header: no `alg: none`, no algorithm chosen by the token.
  if (header !== ENCODED_HEADER) return { ok: false, reason: 'malformed' };
  const expected = sign(`${header}.${payload}`, secret);
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: 'bad-signature' };
  const claims = parse(payload);
  if (!isClaims(claims)) return { ok: false, reason: 'malformed' };
  if (Math.floor(now.getTime() / 1000) >= claims.exp) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
