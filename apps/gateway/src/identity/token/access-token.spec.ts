import { createHmac, randomBytes } from 'node:crypto';
import { signAccessToken, verifyAccessToken } from './access-token';

const secret = randomBytes(32);
const subject = { staffId: '6f1c2d3e-0000-4000-8000-000000000001', sid: '9a1c2d3e-0000-4000-8000-000000000002', unitCode: '29972', roles: ['desk-clerk' as const] };
const now = new Date('2026-03-02T01:00:00Z');

function resign(header: string, payload: string, key = secret): string {
  const body = `${header}.${payload}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

describe('access token', () => {
  it('signs a compact header.payload.signature token carrying staffId, sid, unitCode, roles and exp', () => {
    const { token, expiresAt } = signAccessToken(subject, secret, { ttlSeconds: 900, now });
    expect(token.split('.')).toHaveLength(3);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(expiresAt.toISOString()).toBe('2026-03-02T01:15:00.000Z');
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(payload).toEqual({ ...subject, iat: now.getTime() / 1000, exp: now.getTime() / 1000 + 900 });
  });

  it('verifies its own token and returns the claims', () => {
    const { token } = signAccessToken(subject, secret, { ttlSeconds: 900, now });
    const result = verifyAccessToken(token, secret, new Date(now.getTime() + 60_000));
    expect(result).toEqual({ ok: true, claims: expect.objectContaining(subject) });
  });

  it('rejects an expired token, exactly at exp and after', () => {
    const { token } = signAccessToken(subject, secret, { ttlSeconds: 900, now });
    expect(verifyAccessToken(token, secret, new Date(now.getTime() + 899_000)).ok).toBe(true);
    expect(verifyAccessToken(token, secret, new Date(now.getTime() + 900_000))).toEqual({ ok: false, reason: 'expired' });
    expect(verifyAccessToken(token, secret, new Date(now.getTime() + 86_400_000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a token signed with another secret', () => {
    const { token } = signAccessToken(subject, randomBytes(32), { ttlSeconds: 900, now });
    expect(verifyAccessToken(token, secret, now)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a tampered payload (a role or a unit raised by the holder)', () => {
    const { token } = signAccessToken(subject, secret, { ttlSeconds: 900, now });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    for (const change of [{ roles: ['province-admin'] }, { unitCode: '869' }, { exp: claims.exp + 86_400 }]) {
      const forged = Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url');
      expect(verifyAccessToken(`${header}.${forged}.${signature}`, secret, now)).toEqual({ ok: false, reason: 'bad-signature' });
    }
  });

  it('rejects a tampered signature', () => {
    const { token } = signAccessToken(subject, secret, { ttlSeconds: 900, now });
    const sig = Buffer.from(token.split('.')[2], 'base64url');
    sig[5] ^= 0xff;
    const tampered = token.split('.').slice(0, 2).concat(sig.toString('base64url')).join('.');
    expect(verifyAccessToken(tampered, secret, now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyAccessToken(token.slice(0, -4), secret, now).ok).toBe(false);
  });

  it('rejects another algorithm in the header, including alg none', () => {
    const { token } = signAccessToken(subject, secret, { ttlSeconds: 900, now });
    const payload = token.split('.')[1];
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(verifyAccessToken(`${none}.${payload}.`, secret, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyAccessToken(resign(none, payload), secret, now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('rejects garbage and well-signed payloads that are not claims', () => {
    const header = signAccessToken(subject, secret, { ttlSeconds: 900, now }).token.split('.')[0];
    for (const garbage of ['', 'abc', 'a.b', 'a.b.c.d', 'a..c', '😀.😀.😀']) {
      expect(verifyAccessToken(garbage, secret, now).ok).toBe(false);
    }
    const unknownRole = Buffer.from(JSON.stringify({ ...subject, roles: ['mayor'], iat: 1, exp: 9_999_999_999 })).toString('base64url');
    expect(verifyAccessToken(resign(header, unknownRole), secret, now)).toEqual({ ok: false, reason: 'malformed' });
    const notJson = Buffer.from('not json').toString('base64url');
    expect(verifyAccessToken(resign(header, notJson), secret, now)).toEqual({ ok: false, reason: 'malformed' });
  });
});
