import { DEFAULT_TEMPLATES } from './default-templates';
import type { MessageTemplate } from './message-templates';
import { fillKnown, malformedPlaceholders, MissingPlaceholderError, placeholdersOf, renderTemplate } from './render-template';

const builtIn = (name: MessageTemplate['name'], channel: MessageTemplate['channel']) => DEFAULT_TEMPLATES.find((t) => t.name === name && t.channel === channel)!;

const receiptValues = {
  dossierCode: '000.72.69.H20-251120-0001',
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  receivedAt: '08:30 ngày 20/11/2025',
  appointmentAt: '16:00 ngày 25/11/2025',
};

describe('renderTemplate', () => {
  it('fills every named placeholder of the e-mail receipt, subject included', () => {
    const rendered = renderTemplate(builtIn('receipt', 'email'), receiptValues);
    expect(rendered.subject).toBe('Hồ sơ 000.72.69.H20-251120-0001 đã được tiếp nhận');
    expect(rendered.body).toBe(
      'Hồ sơ 000.72.69.H20-251120-0001 (Cấp Giấy xác nhận tình trạng hôn nhân) đã được tiếp nhận lúc 08:30 ngày 20/11/2025. ' +
        'Hẹn trả kết quả: 16:00 ngày 25/11/2025. Tra cứu tình trạng hồ sơ bằng mã hồ sơ.',
    );
  });

  it('renders the result-ready SMS for a desk collection: where and from when', () => {
    const rendered = renderTemplate(builtIn('result-ready-desk', 'sms'), {
      dossierCode: '000.72.69.H20-251120-0001',
      collectAt: 'Bộ phận Một cửa xã Tân Phước',
      readyAt: '09:00 ngày 24/11/2025',
    });
    expect(rendered).toEqual({
      body:
        'Hồ sơ 000.72.69.H20-251120-0001 đã có kết quả. Mời ông/bà nhận kết quả tại Bộ phận Một cửa xã Tân Phước ' +
        'từ 09:00 ngày 24/11/2025, trong giờ làm việc.',
    });
  });

  it('fails loudly, naming each missing or empty placeholder, rather than send a text with a hole', () => {
    const render = () => renderTemplate(builtIn('receipt', 'email'), { ...receiptValues, procedureName: '', appointmentAt: undefined });
    expect(render).toThrow(MissingPlaceholderError);
    expect(render).toThrow('template receipt@1/email is missing {procedureName}, {appointmentAt}');
  });

  it('keeps the receipt SMS within two UCS-2 parts for a typical dossier', () => {
    expect(renderTemplate(builtIn('receipt', 'sms'), receiptValues).body.length).toBeLessThanOrEqual(134);
  });
});

describe('placeholders', () => {
  it('lists placeholders once each, in order', () => {
    expect(placeholdersOf('{a} {b} {a} {not a placeholder}')).toEqual(['a', 'b']);
  });

  it('finds braces that are not placeholders', () => {
    expect(malformedPlaceholders('{ok} {ma ho so} {open } }')).toEqual(['{ma ho so}', '{open }', '}']);
    expect(malformedPlaceholders('{dossierCode')).toEqual(['{dossierCode']);
    expect(malformedPlaceholders('Hồ sơ {dossierCode} đã có kết quả.')).toEqual([]);
  });

  it('fills what it knows and leaves the rest as written (previews)', () => {
    expect(fillKnown('{a} {b}', { a: '1' })).toBe('1 {b}');
  });
});
