import { envList, numberList, parseArgs } from './args';
import { ratio, table, times } from './console';
import { longestGap } from '../drill/run-drill';

describe('parseArgs', () => {
  const known = { quick: 'flag', rates: 'value' } as const;
  it('reads flags and values in both spellings', () => {
    expect(parseArgs(['--quick', '--rates=1,2'], known)).toEqual({ quick: true, rates: '1,2' });
    expect(parseArgs(['--rates', '3'], known)).toEqual({ rates: '3' });
  });
  it('refuses what it does not know, rather than running the defaults', () => {
    expect(() => parseArgs(['--qiuck'], known)).toThrow(/unknown option --qiuck/);
    expect(() => parseArgs(['--rates'], known)).toThrow(/needs a value/);
    expect(() => numberList('1,x', [])).toThrow(/positive numbers/);
    expect(() => envList('db_pool=1')).toThrow(/NAME=value/);
  });
  it('reads service environment pairs', () => {
    expect(envList('DB_POOL_SIZE=10,LOG_LEVEL=warn')).toEqual({ DB_POOL_SIZE: '10', LOG_LEVEL: 'warn' });
  });
});

describe('report formatting', () => {
  it('aligns a table, numbers to the right', () => {
    expect(table([['name', 'n'], ['a', 1], ['bb', 100]]).split('\n')).toEqual(['name    n', '────  ───', 'a       1', 'bb    100']);
  });
  it('states a figure as a share of its limit, a latency as a multiple of its floor', () => {
    expect(ratio(50, 1000)).toBe('5.0 %');
    expect(ratio(500, 1000)).toBe('50 %');
    expect(times(300, 3)).toBe('100×');
    expect(ratio(1, undefined)).toBeUndefined();
  });
});

describe('longestGap', () => {
  it('is the longest stretch without a receipt, the window edges included', () => {
    expect(longestGap([1, 2, 7, 8, 30], 0, 10)).toBe(5);
    expect(longestGap([], 0, 10)).toBe(10);
  });
});
