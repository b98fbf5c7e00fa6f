import { maskEmail, maskPhone, maskRecipient } from './mask-recipient';

describe('masking recipients', () => {
  it('keeps the first two and last two digits of a phone number', () => {
    expect(maskPhone('0912345678')).toBe('09******78');
    expect(maskRecipient('sms', '0987654321')).toBe('09******21');
  });

  it('hides most of an e-mail address, keeping its shape', () => {
    expect(maskEmail('nguyenvana@example.com')).toBe('ng********@e******.com');
    expect(maskRecipient('email', 'an@gov.vn')).toBe('a*@g**.vn');
    expect(maskEmail('x@y.vn')).toBe('*@*.vn');
  });

  it('never returns the address itself, however short', () => {
    expect(maskPhone('0123')).toBe('****');
    expect(maskEmail('not-an-address')).toBe('**************');
  });
});
