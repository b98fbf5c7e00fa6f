import { formatDateTime, vietnamDay } from './format';

describe('dates at the desk (Vietnam time)', () => {
  it('writes an instant as hour:minute, day/month/year in Vietnam', () => {
    expect(formatDateTime('2026-12-04T10:00:00.000Z')).toBe('17:00, 04/12/2026');
    expect(formatDateTime('2026-11-20T18:30:00.000Z')).toBe('01:30, 21/11/2026');
    expect(formatDateTime(null)).toBe('');
  });

  it('takes the Vietnam day, which starts 7 hours before UTC’s', () => {
    expect(vietnamDay(new Date('2026-11-20T17:00:00Z'))).toBe('2026-11-21');
    expect(vietnamDay(new Date('2026-11-20T16:59:59Z'))).toBe('2026-11-20');
  });
});
