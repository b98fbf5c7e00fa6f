import { createVietnamLegalCalendar } from '../calendar/vietnam-calendar';
import { vietnamInstant } from '../time/vietnam-time';
import { computeAppointment } from './compute-appointment';
import { TimeLimit } from './time-limit';

const calendar = createVietnamLegalCalendar();
const at = (day: string, time: string) => vietnamInstant(day, time);
const due = (receivedAt: Date, limit: TimeLimit, extra: object = {}) =>
  computeAppointment({ receivedAt, limit, calendar, ...extra }).toISOString();
const wd = (value: number): TimeLimit => ({ value, unit: 'working-days' });
const days = (value: number): TimeLimit => ({ value, unit: 'days' });
const hours = (value: number): TimeLimit => ({ value, unit: 'hours' });
const SAME_DAY: TimeLimit = { value: 0, unit: 'same-day' };

describe('computeAppointment — working days (DOMAIN.md §5.2)', () => {
  it('Fri 13 Feb 2026 + 3 WD → Wed 25 Feb 2026, 17:00 (over Tết)', () => {
    expect(due(at('2026-02-13', '09:00'), wd(3))).toBe('2026-02-25T10:00:00.000Z');
  });

  it('Fri 24 Apr 2026 + 3 WD → Mon 4 May 2026 (over 27 Apr, 30 Apr, 1 May)', () => {
    expect(due(at('2026-04-24', '10:00'), wd(3))).toBe('2026-05-04T10:00:00.000Z');
  });

  it('Saturday counter 25 Apr 2026 + 1 WD → Tue 28 Apr 2026', () => {
    expect(due(at('2026-04-25', '09:00'), wd(1))).toBe('2026-04-28T10:00:00.000Z');
  });

  it('takes the Vietnam day of the reception, not the UTC day', () => {
    // 00:30 on Sat 14 Feb in Vietnam is still Fri 13 Feb in UTC.
    expect(due(new Date('2026-02-13T17:30:00Z'), wd(1))).toBe('2026-02-23T10:00:00.000Z');
  });

  it('ignores the same-day cut-off for multi-day limits', () => {
    expect(due(at('2026-02-13', '16:30'), wd(3))).toBe('2026-02-25T10:00:00.000Z');
  });

  it('treats 0 working days as the reception day, or the next working day', () => {
    expect(due(at('2026-03-10', '16:00'), wd(0))).toBe('2026-03-10T10:00:00.000Z');
    expect(due(at('2026-04-25', '09:00'), wd(0))).toBe('2026-04-28T10:00:00.000Z');
  });

  it('uses a custom close of business', () => {
    expect(due(at('2026-02-13', '09:00'), wd(3), { closeOfBusiness: '16:30' })).toBe('2026-02-25T09:30:00.000Z');
  });
});

describe('computeAppointment — same-day', () => {
  it('is due at 17:00 the same day when received at 14:59 on a weekday', () => {
    expect(due(at('2026-03-10', '14:59'), SAME_DAY)).toBe('2026-03-10T10:00:00.000Z');
  });

  it('is due the next working day when received at 15:01', () => {
    expect(due(at('2026-03-10', '15:01'), SAME_DAY)).toBe('2026-03-11T10:00:00.000Z');
  });

  it('keeps exactly 15:00:00 on the same day (only "after" the cut-off moves it)', () => {
    expect(due(at('2026-03-10', '15:00'), SAME_DAY)).toBe('2026-03-10T10:00:00.000Z');
    expect(due(new Date(at('2026-03-10', '15:00').getTime() + 1000), SAME_DAY)).toBe('2026-03-11T10:00:00.000Z');
  });

  it('moves a Friday 15:01 reception over the weekend and the compensatory day', () => {
    expect(due(at('2026-03-13', '15:01'), SAME_DAY)).toBe('2026-03-16T10:00:00.000Z');
    expect(due(at('2026-04-24', '15:30'), SAME_DAY)).toBe('2026-04-28T10:00:00.000Z');
  });

  it('is due the next working day when received on a Saturday counter, even in the morning', () => {
    expect(due(at('2026-04-25', '08:00'), SAME_DAY)).toBe('2026-04-28T10:00:00.000Z');
  });

  it('honours a custom cut-off', () => {
    expect(due(at('2026-03-10', '15:30'), SAME_DAY, { cutoff: '16:00' })).toBe('2026-03-10T10:00:00.000Z');
  });
});

describe('computeAppointment — calendar days', () => {
  it('moves a due Sunday to Monday: Wed 4 Mar 2026 + 4 days → Sun 8 Mar → Mon 9 Mar', () => {
    expect(due(at('2026-03-04', '09:00'), days(4))).toBe('2026-03-09T10:00:00.000Z');
  });

  it('counts weekends inside the period: Fri 6 Mar 2026 + 5 days → Wed 11 Mar', () => {
    expect(due(at('2026-03-06', '09:00'), days(5))).toBe('2026-03-11T10:00:00.000Z');
  });

  it('moves a due holiday on: Tue 28 Apr 2026 + 3 days → Fri 1 May → Mon 4 May', () => {
    expect(due(at('2026-04-28', '09:00'), days(3))).toBe('2026-05-04T10:00:00.000Z');
  });

  it('counts from the reception day even when it is a Saturday: Sat 25 Apr + 1 day → Sun 26 → Tue 28', () => {
    expect(due(at('2026-04-25', '09:00'), days(1))).toBe('2026-04-28T10:00:00.000Z');
  });
});

describe('computeAppointment — working hours', () => {
  it('Mon 9 Mar 2026 16:00 + 8 h → Tue 10 Mar 16:30', () => {
    expect(due(at('2026-03-09', '16:00'), hours(8))).toEqual(at('2026-03-10', '16:30').toISOString());
  });

  it('skips the lunch break and stops at the end of a window', () => {
    expect(due(at('2026-03-09', '12:00'), hours(1))).toEqual(at('2026-03-09', '14:30').toISOString());
    expect(due(at('2026-03-09', '07:30'), hours(4))).toEqual(at('2026-03-09', '11:30').toISOString());
    expect(due(at('2026-03-09', '06:00'), hours(0.5))).toEqual(at('2026-03-09', '08:00').toISOString());
  });

  it('starts a Saturday reception at the next working day opening', () => {
    expect(due(at('2026-04-25', '10:00'), hours(4))).toEqual(at('2026-04-28', '11:30').toISOString());
  });

  it('crosses holidays: Wed 29 Apr 2026 16:00 + 8 h → Mon 4 May 16:30', () => {
    expect(due(at('2026-04-29', '16:00'), hours(8))).toEqual(at('2026-05-04', '16:30').toISOString());
  });

  it('uses custom working windows', () => {
    const workingWindows = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    expect(due(at('2026-03-09', '11:00'), hours(2), { workingWindows })).toEqual(at('2026-03-09', '14:00').toISOString());
    expect(() => due(at('2026-03-09', '11:00'), hours(2), { workingWindows: [{ start: '13:00', end: '12:00' }] })).toThrow(RangeError);
    expect(() => due(at('2026-03-09', '11:00'), hours(2), { workingWindows: [] })).toThrow(RangeError);
  });
});

describe('computeAppointment — invalid input', () => {
  it('rejects bad limits and instants', () => {
    expect(() => due(at('2026-03-09', '09:00'), wd(-1))).toThrow(RangeError);
    expect(() => due(at('2026-03-09', '09:00'), wd(1.5))).toThrow(RangeError);
    expect(() => due(at('2026-03-09', '09:00'), days(Number.NaN))).toThrow(RangeError);
    expect(() => due(at('2026-03-09', '09:00'), hours(-2))).toThrow(RangeError);
    expect(() => due(new Date('nope'), wd(1))).toThrow(RangeError);
    expect(() => due(at('2026-03-09', '09:00'), { value: 1, unit: 'months' } as unknown as TimeLimit)).toThrow(RangeError);
  });
});
