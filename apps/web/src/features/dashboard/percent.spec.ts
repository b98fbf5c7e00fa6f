import { formatCount, formatPercent, percentOf, sharesOf } from './percent';

describe('percentOf', () => {
  it('rounds to 2 decimals, half up', () => {
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(1, 32)).toBe(3.13); // 3.125
    expect(percentOf(283, 1286)).toBe(22.01); // seed 003: 283 early of 1,286
    expect(percentOf(1286, 1286)).toBe(100);
  });

  it('is N/A (null) with nothing to divide by, and 0 with nothing counted', () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(0, 5)).toBe(0);
  });
});

describe('sharesOf', () => {
  it('sums to exactly 100 by giving the leftover hundredths to the largest remainders', () => {
    expect(sharesOf([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(sharesOf([1003, 283])).toEqual([77.99, 22.01]);
    const shares = sharesOf([7, 5, 3, 1, 1]) as number[];
    expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100)).toBe(10_000);
  });

  it('keeps a zero part at 0 and all-zero parts N/A', () => {
    expect(sharesOf([0, 4])).toEqual([0, 100]);
    expect(sharesOf([0, 0])).toEqual([null, null]);
    expect(sharesOf([])).toEqual([]);
  });
});

describe('formatting', () => {
  it('writes counts and percentages the way each language does', () => {
    expect(formatCount(1286, 'vi')).toBe('1.286');
    expect(formatCount(1286, 'en')).toBe('1,286');
    expect(formatPercent(97.5, 'vi')).toBe('97,5%');
    expect(formatPercent(87.63, 'en')).toBe('87.63%');
    expect(formatPercent(100, 'vi')).toBe('100%');
    expect(formatPercent(null, 'vi', 'N/A')).toBe('N/A');
  });
});
