import { formatVietnamTime } from './format-vietnam-time';

describe('formatVietnamTime', () => {
  it('shows Vietnam wall-clock time (UTC+7) as "HH:mm ngày dd/MM/yyyy"', () => {
    expect(formatVietnamTime('2025-11-20T01:30:00Z')).toBe('08:30 ngày 20/11/2025');
    expect(formatVietnamTime(new Date('2025-11-25T09:00:00Z'))).toBe('16:00 ngày 25/11/2025');
  });

  it('crosses the day, month and year in Vietnam time, not UTC', () => {
    expect(formatVietnamTime('2025-12-31T17:05:00Z')).toBe('00:05 ngày 01/01/2026');
    expect(formatVietnamTime('2026-01-01T00:00:00+07:00')).toBe('00:00 ngày 01/01/2026');
  });

  it('refuses what is not a time', () => {
    expect(() => formatVietnamTime('hôm qua')).toThrow(RangeError);
  });
});
