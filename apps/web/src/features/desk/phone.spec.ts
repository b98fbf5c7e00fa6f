import { checkPhone, normalisePhone } from './phone';

describe('Vietnamese phone numbers', () => {
  it('takes the ways people write a mobile number', () => {
    for (const written of ['0912345678', '0912 345 678', '0912.345.678', '+84 912 345 678', '84912345678', '(091) 234-5678']) {
      expect(normalisePhone(written)).toBe('0912345678');
    }
  });

  it('refuses what cannot be a 10-digit number', () => {
    for (const bad of ['12345', '091234567', '09123456789', '0912abc678', '', '+1 912 345 678']) expect(normalisePhone(bad)).toBeNull();
  });

  it('explains the problem: the format, or a prefix no network uses', () => {
    expect(checkPhone('0912345678')).toBeNull();
    expect(checkPhone('0387654321')).toBeNull();
    expect(checkPhone('12345')).toBe('phoneFormat');
    expect(checkPhone('0112345678')).toBe('phonePrefix');
  });
});
