import { allowedFrom, parseQuietHours } from './quiet-hours';

const night = parseQuietHours('21:00-07:00');

describe('quiet hours (Vietnam time)', () => {
  it('lets SMS and Zalo go during the day', () => {
    const afternoon = new Date('2025-11-20T08:00:00Z'); // 15:00 in Vietnam
    expect(allowedFrom(night, 'sms', afternoon)).toBe(afternoon);
    expect(allowedFrom(night, 'zalo', new Date('2025-11-20T13:59:00Z'))).toEqual(new Date('2025-11-20T13:59:00Z')); // 20:59
  });

  it('holds them from 21:00 until 07:00 the next morning', () => {
    expect(allowedFrom(night, 'sms', new Date('2025-11-20T14:00:00Z'))).toEqual(new Date('2025-11-21T00:00:00Z')); // 21:00 → 07:00
    expect(allowedFrom(night, 'zalo', new Date('2025-11-20T16:59:00Z'))).toEqual(new Date('2025-11-21T00:00:00Z')); // 23:59
  });

  it('after midnight, holds them until 07:00 the same day', () => {
    expect(allowedFrom(night, 'sms', new Date('2025-11-20T17:30:00Z'))).toEqual(new Date('2025-11-21T00:00:00Z')); // 00:30
    expect(allowedFrom(night, 'sms', new Date('2025-11-20T23:59:59Z'))).toEqual(new Date('2025-11-21T00:00:00Z')); // 06:59:59
    const seven = new Date('2025-11-21T00:00:00Z');
    expect(allowedFrom(night, 'sms', seven)).toBe(seven);
  });

  it('never holds e-mail, and holds nothing when switched off', () => {
    const late = new Date('2025-11-20T16:00:00Z');
    expect(allowedFrom(night, 'email', late)).toBe(late);
    expect(allowedFrom(parseQuietHours('off'), 'sms', late)).toBe(late);
  });

  it('handles a window that does not span midnight', () => {
    const lunch = parseQuietHours('11:30-13:30');
    expect(allowedFrom(lunch, 'sms', new Date('2025-11-20T05:00:00Z'))).toEqual(new Date('2025-11-20T06:30:00Z')); // 12:00 → 13:30
  });

  it('refuses a setting it cannot read', () => {
    expect(() => parseQuietHours('9pm-7am')).toThrow('NOTIFY_QUIET_HOURS must look like 21:00-07:00');
    expect(() => parseQuietHours('24:00-07:00')).toThrow();
  });
});
