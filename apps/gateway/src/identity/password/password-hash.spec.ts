import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './password-hash';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('demo1234');
    await expect(verifyPassword('demo1234', stored)).resolves.toBe(true);
    await expect(verifyPassword('demo12345', stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('salts: the same password hashes differently each time, and both verify', async () => {
    const a = await hashPassword('demo1234');
    const b = await hashPassword('demo1234');
    expect(a).not.toBe(b);
    await expect(verifyPassword('demo1234', a)).resolves.toBe(true);
    await expect(verifyPassword('demo1234', b)).resolves.toBe(true);
  });

  it('stores the algorithm and its parameters with the hash, never the password', async () => {
    const stored = await hashPassword('mật khẩu');
    expect(stored).toMatch(/^scrypt\$16384\$8\$5\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('mật');
  });

  it('treats Unicode spellings of the same Vietnamese password alike (NFC)', async () => {
    const composed = 'Mật khẩu'.normalize('NFC');
    const decomposed = 'Mật khẩu'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    await expect(verifyPassword(decomposed, await hashPassword(composed))).resolves.toBe(true);
  });

  it('rejects malformed or tampered stored hashes without throwing', async () => {
    const stored = await hashPassword('demo1234');
    const parts = stored.split('$');
    const flipped = Buffer.from(parts[5], 'base64');
    flipped[0] ^= 1;
    const tampered = [...parts.slice(0, 5), flipped.toString('base64')].join('$');
    await expect(verifyPassword('demo1234', tampered)).resolves.toBe(false);
    await expect(verifyPassword('demo1234', 'plain-text')).resolves.toBe(false);
    await expect(verifyPassword('demo1234', 'scrypt$x$8$1$AAAA$AAAA')).resolves.toBe(false);
    await expect(verifyPassword('demo1234', 'scrypt$16384$8$1$AAAA$AAAA')).resolves.toBe(false);
  });

  it('has a dummy hash that no ordinary password matches', async () => {
    const dummy = await dummyPasswordHash();
    expect(dummy).toBe(await dummyPasswordHash());
    await expect(verifyPassword('demo1234', dummy)).resolves.toBe(false);
  });

  it('asks for a rehash of hashes made with older parameters only', async () => {
    expect(needsRehash(await hashPassword('demo1234'))).toBe(false);
    expect(needsRehash('scrypt$16384$8$1$AAAA$AAAA')).toBe(true);
  });
});
