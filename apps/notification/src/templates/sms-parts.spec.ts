import { smsSize } from './sms-parts';

describe('smsSize', () => {
  it('counts plain text in 7-bit parts of 160, then 153', () => {
    expect(smsSize('Ho so da co ket qua')).toEqual({ encoding: 'gsm-7', length: 19, parts: 1 });
    expect(smsSize('a'.repeat(160)).parts).toBe(1);
    expect(smsSize('a'.repeat(161)).parts).toBe(2);
    expect(smsSize('a'.repeat(307)).parts).toBe(3);
  });

  it('counts an extended character as two septets', () => {
    expect(smsSize('{x}').length).toBe(5);
  });

  it('sends Vietnamese with diacritics as UCS-2: 70 in one part, 67 a part when split', () => {
    expect(smsSize('Hồ sơ đã có kết quả')).toEqual({ encoding: 'ucs-2', length: 19, parts: 1 });
    expect(smsSize('ồ'.repeat(70)).parts).toBe(1);
    expect(smsSize('ồ'.repeat(71)).parts).toBe(2);
    expect(smsSize('ồ'.repeat(135)).parts).toBe(3);
  });
});
