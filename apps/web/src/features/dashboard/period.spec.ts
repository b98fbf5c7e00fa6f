import { bucketsOf, isoWeek, isRealDay, periodProblems, presetPeriod, vietnamToday } from './period';

describe('vietnamToday', () => {
  it('is the Vietnam calendar day (UTC+7), whatever the reader’s clock zone', () => {
    expect(vietnamToday(new Date('2026-11-20T17:30:00Z'))).toBe('2026-11-21');
    expect(vietnamToday(new Date('2026-11-20T16:59:59Z'))).toBe('2026-11-20');
  });
});

describe('isoWeek', () => {
  it('starts weeks on Monday and gives the last days of a year to week 1 of the next, or the reverse', () => {
    expect(isoWeek('2026-11-21')).toEqual({ year: 2026, week: 47 });
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });
});

describe('bucketsOf', () => {
  it('splits by calendar month, clipping the first and last to the period', () => {
    expect(bucketsOf({ from: '2026-06-15', to: '2026-08-10', granularity: 'month' })).toEqual([
      { key: '2026-06', granularity: 'month', from: '2026-06-15', to: '2026-06-30', year: 2026, number: 6, whole: false },
      { key: '2026-07', granularity: 'month', from: '2026-07-01', to: '2026-07-31', year: 2026, number: 7, whole: true },
      { key: '2026-08', granularity: 'month', from: '2026-08-01', to: '2026-08-10', year: 2026, number: 8, whole: false },
    ]);
  });

  it('splits by ISO week across a year end, February of a leap year included', () => {
    expect(bucketsOf({ from: '2026-12-28', to: '2027-01-05', granularity: 'week' }).map((b) => [b.key, b.from, b.to, b.whole])).toEqual([
      ['2026-W53', '2026-12-28', '2027-01-03', true],
      ['2027-W01', '2027-01-04', '2027-01-05', false],
    ]);
    expect(bucketsOf({ from: '2028-02-01', to: '2028-02-29', granularity: 'month' })).toHaveLength(1);
    expect(bucketsOf({ from: '2028-02-01', to: '2028-02-29', granularity: 'month' })[0].whole).toBe(true);
  });

  it('covers every day of the period exactly once', () => {
    const buckets = bucketsOf({ from: '2026-01-07', to: '2026-11-21', granularity: 'week' });
    expect(buckets[0].from).toBe('2026-01-07');
    expect(buckets.at(-1)!.to).toBe('2026-11-21');
    for (let i = 1; i < buckets.length; i++) {
      expect(Date.parse(buckets[i].from) - Date.parse(buckets[i - 1].to)).toBe(86_400_000);
    }
  });
});

describe('presetPeriod', () => {
  const today = '2026-11-21';
  it('ends current periods today', () => {
    expect(presetPeriod('this-month', today)).toEqual({ from: '2026-11-01', to: today, granularity: 'week' });
    expect(presetPeriod('this-quarter', today)).toEqual({ from: '2026-10-01', to: today, granularity: 'month' });
    expect(presetPeriod('last-6-months', today)).toEqual({ from: '2026-06-01', to: today, granularity: 'month' });
    expect(presetPeriod('this-year', today)).toEqual({ from: '2026-01-01', to: today, granularity: 'month' });
  });

  it('takes whole months and weeks for past ones', () => {
    expect(presetPeriod('last-month', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28', granularity: 'week' });
    expect(presetPeriod('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31', granularity: 'week' });
    const weeks = presetPeriod('last-8-weeks', today);
    expect(weeks.from).toBe('2026-09-28');
    expect(bucketsOf(weeks)).toHaveLength(8);
    expect(presetPeriod('last-6-months', '2026-03-10').from).toBe('2025-10-01');
  });
});

describe('periodProblems', () => {
  it('accepts a sound period', () => {
    expect(periodProblems({ from: '2026-01-01', to: '2026-06-30', granularity: 'month' })).toEqual({});
  });

  it('names the field: a day that does not exist, an end before the start, too long, too many bars', () => {
    expect(isRealDay('2026-02-29')).toBe(false);
    expect(isRealDay('2028-02-29')).toBe(true);
    expect(periodProblems({ from: '2026-02-30', to: '2026-03-01', granularity: 'month' })).toEqual({ from: 'notADay' });
    expect(periodProblems({ from: '2026-03-01', to: '', granularity: 'month' })).toEqual({ to: 'notADay' });
    expect(periodProblems({ from: '2026-03-02', to: '2026-03-01', granularity: 'month' })).toEqual({ to: 'toBeforeFrom' });
    expect(periodProblems({ from: '2020-01-01', to: '2026-03-01', granularity: 'month' })).toEqual({ to: 'tooLong' });
    expect(periodProblems({ from: '2026-01-01', to: '2026-12-31', granularity: 'week' })).toEqual({ granularity: 'tooManyBuckets' });
  });
});
