import { MissingPlaceholderError } from '../templates/render-template';
import { composeMessages } from './compose-messages';

const values = { dossierCode: '000.72.69.H20-251120-0001', collectAt: 'Bộ phận Một cửa xã Tân Phước' };

describe('composeMessages', () => {
  it('makes one message per channel the citizen gave: SMS for a phone, e-mail for an address', () => {
    const messages = composeMessages('result-ready', { phone: '0912345678', email: 'an@example.vn' }, values);
    expect(messages.map((m) => [m.channel, m.address, m.templateVersion])).toEqual([
      ['sms', '0912345678', 1],
      ['email', 'an@example.vn', 1],
    ]);
    expect(messages[1].subject).toBe('Hồ sơ 000.72.69.H20-251120-0001 đã có kết quả');
    expect(messages[0].subject).toBeUndefined();
  });

  it('makes none when the citizen gave no contact', () => {
    expect(composeMessages('result-ready', { phone: null, email: null }, values)).toEqual([]);
    expect(composeMessages('result-ready', {}, values)).toEqual([]);
  });

  it('fails when a value is missing, whatever the channel', () => {
    expect(() => composeMessages('result-ready', { phone: '0912345678' }, { dossierCode: 'x' })).toThrow(MissingPlaceholderError);
  });
});
