import { streamBelongsTo } from './cleanup';
import { randomPrefix } from './prefix';

describe('randomPrefix', () => {
  it("is 't' and 8 hex characters, different each time", () => {
    const prefixes = new Set(Array.from({ length: 50 }, randomPrefix));
    expect(prefixes.size).toBe(50);
    for (const p of prefixes) expect(p).toMatch(/^t[0-9a-f]{8}$/);
  });
});

describe('streamBelongsTo', () => {
  it('matches the prefix streams, KV buckets and object stores, nothing else', () => {
    expect(streamBelongsTo('TABCD1234_INTAKE_EVENTS', 'tabcd1234')).toBe(true);
    expect(streamBelongsTo('KV_tabcd1234_catalogue', 'tabcd1234')).toBe(true);
    expect(streamBelongsTo('OBJ_tabcd1234_files', 'tabcd1234')).toBe(true);
    expect(streamBelongsTo('MOTCUA_INTAKE_EVENTS', 'tabcd1234')).toBe(false);
    expect(streamBelongsTo('TABCD12345_X', 'tabcd1234')).toBe(false);
    expect(streamBelongsTo('KV_motcua_catalogue', 'tabcd1234')).toBe(false);
  });
});
