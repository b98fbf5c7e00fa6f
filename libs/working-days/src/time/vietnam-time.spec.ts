import { addDays, assertIsoDay, isoDay, weekdayOf, yearOf } from './iso-day';
import { parseClockTime, vietnamDayOf, vietnamInstant, vietnamTimeOfDayMs } from './vietnam-time';

describe('ISO days', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('names weekdays', () => {
    expect(weekdayOf('2026-02-13')).toBe('friday');
    expect(weekdayOf('2026-04-25')).toBe('saturday');
    expect(weekdayOf('2026-04-26')).toBe('sunday');
    expect(yearOf('2027-02-06')).toBe(2027);
    expect(isoDay(2026, 4, 5)).toBe('2026-04-05');
  });

  it('rejects malformed and impossible days', () => {
    expect(() => assertIsoDay('2026-02-30')).toThrow(RangeError);
    expect(() => assertIsoDay('2026-2-3')).toThrow(RangeError);
    expect(() => assertIsoDay('2026-02-03T00:00')).toThrow(RangeError);
  });
});

describe('Vietnam time (UTC+7)', () => {
  it('maps instants to the Vietnam calendar day', () => {
    expect(vietnamDayOf(new Date('2026-02-13T16:59:59.999Z'))).toBe('2026-02-13');
    expect(vietnamDayOf(new Date('2026-02-13T17:00:00.000Z'))).toBe('2026-02-14');
    expect(vietnamDayOf(new Date('2026-02-12T17:30:00Z'))).toBe('2026-02-13'); // 00:30 local
  });

  it('builds instants from local wall-clock times', () => {
    expect(vietnamInstant('2026-02-25', '17:00').toISOString()).toBe('2026-02-25T10:00:00.000Z');
    expect(vietnamInstant('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(vietnamTimeOfDayMs(new Date('2026-03-10T07:59:00Z'))).toBe(parseClockTime('14:59'));
  });

  it('parses clock times strictly', () => {
    expect(parseClockTime('15:00')).toBe(15 * 3_600_000);
    expect(parseClockTime('24:00')).toBe(86_400_000);
    expect(() => parseClockTime('24:30')).toThrow(RangeError);
    expect(() => parseClockTime('9:00')).toThrow(RangeError);
    expect(() => parseClockTime('12:60')).toThrow(RangeError);
  });
});
