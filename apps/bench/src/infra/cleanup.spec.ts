import { existsSync } from 'node:fs';
import { makeTmpDir, Teardown } from './cleanup';

describe('Teardown', () => {
  it('undoes in reverse order, keeps going past a failure, and undoes later steps on the next run', async () => {
    const t = new Teardown();
    const done: string[] = [];
    const log: string[] = [];
    t.add('a', () => done.push('a'));
    t.add('b', () => {
      throw new Error('boom');
    });
    t.add('c', async () => done.push('c'));
    await t.run((m) => log.push(m));
    expect(done).toEqual(['c', 'a']);
    expect(log).toEqual(['cleanup of b failed: boom']);

    t.add('d', () => done.push('d'));
    await t.run();
    expect(done).toEqual(['c', 'a', 'd']);
  });

  it('removes a temporary directory once', () => {
    const dir = makeTmpDir('spec');
    expect(existsSync(dir.path)).toBe(true);
    dir.remove();
    dir.remove();
    expect(existsSync(dir.path)).toBe(false);
  });
});
