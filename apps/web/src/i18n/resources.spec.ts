import { NAMESPACES } from './resources';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it.each(Object.keys(NAMESPACES))('%s: Vietnamese and English have the same keys', (ns) => {
    const { vi, en } = NAMESPACES[ns as keyof typeof NAMESPACES] as { vi: unknown; en: unknown };
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('Vietnamese strings are NFC (composed diacritics), so search and sorting match what staff type', () => {
    for (const [ns, { vi }] of Object.entries(NAMESPACES)) {
      const text = JSON.stringify(vi);
      expect([ns, text.normalize('NFC') === text]).toEqual([ns, true]);
    }
  });
});
