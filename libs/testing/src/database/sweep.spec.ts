import { hostname } from 'node:os';
import { isOrphanedProcessKey } from './sweep';

describe('isOrphanedProcessKey', () => {
  it('is true only for a process of this machine that has exited', () => {
    expect(isOrphanedProcessKey(`${hostname()}:${process.pid}:1`)).toBe(false);
    expect(isOrphanedProcessKey(`${hostname()}:999999999:1`)).toBe(true);
    expect(isOrphanedProcessKey('elsewhere:999999999:1')).toBe(false);
    expect(isOrphanedProcessKey('jest-abc')).toBe(false);
    expect(isOrphanedProcessKey(null)).toBe(false);
  });
});
