import { currentTemplate, MESSAGE_TEMPLATES, type MessageTemplate } from './message-templates';
import { MissingPlaceholderError, placeholdersOf, renderTemplate } from './render-template';

const receiptValues = {
  dossierCode: '000.72.69.H20-251120-0001',
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  receivedAt: '08:30 ngày 20/11/2025',
  appointmentAt: '16:00 ngày 25/11/2025',
};

describe('renderTemplate', () => {
  it('fills every named placeholder of the e-mail receipt, subject included', () => {
    const rendered = renderTemplate(currentTemplate('receipt', 'email'), receiptValues);
    expect(rendered.subject).toBe('Hồ sơ 000.72.69.H20-251120-0001 đã được tiếp nhận');
    expect(rendered.body).toBe(
      'Hồ sơ 000.72.69.H20-251120-0001 (Cấp Giấy xác nhận tình trạng hôn nhân) đã được tiếp nhận lúc 08:30 ngày 20/11/2025. ' +
        'Hẹn trả kết quả: 16:00 ngày 25/11/2025. Tra cứu tình trạng hồ sơ bằng mã hồ sơ.',
    );
  });

  it('renders the result-ready SMS', () => {
    const rendered = renderTemplate(currentTemplate('result-ready', 'sms'), {
      dossierCode: '000.72.69.H20-251120-0001',
      collectAt: 'Bộ phận Một cửa xã Tân Phước',
    });
    expect(rendered).toEqual({
      body: 'Hồ sơ 000.72.69.H20-251120-0001 đã có kết quả. Mời ông/bà nhận kết quả tại Bộ phận Một cửa xã Tân Phước.',
    });
  });

  it('fails loudly, naming each missing or empty placeholder, rather than send a text with a hole', () => {
    const render = () => renderTemplate(currentTemplate('receipt', 'email'), { ...receiptValues, procedureName: '', appointmentAt: undefined });
    expect(render).toThrow(MissingPlaceholderError);
    expect(render).toThrow('template receipt@1/email is missing {procedureName}, {appointmentAt}');
  });

  it('keeps SMS texts within 160 characters for a typical dossier', () => {
    const sms = renderTemplate(currentTemplate('receipt', 'sms'), receiptValues).body;
    expect(sms.length).toBeLessThanOrEqual(160);
  });

  it('lists placeholders once each, in order', () => {
    expect(placeholdersOf('{a} {b} {a} {not a placeholder}')).toEqual(['a', 'b']);
  });
});

describe('message templates', () => {
  it('picks the newest version of a template for a channel', () => {
    const v1: MessageTemplate = { name: 'receipt', version: 1, channel: 'sms', body: 'một' };
    const v2: MessageTemplate = { name: 'receipt', version: 2, channel: 'sms', body: 'hai' };
    expect(currentTemplate('receipt', 'sms', [v2, v1]).body).toBe('hai');
    expect(() => currentTemplate('result-ready', 'sms', [v1])).toThrow('no template result-ready for channel sms');
  });

  it('has each version once, a subject on e-mails only, and only placeholders the handlers fill', () => {
    const keys = MESSAGE_TEMPLATES.map((t) => `${t.name}@${t.version}/${t.channel}`);
    expect(new Set(keys).size).toBe(keys.length);
    const filled = { receipt: ['dossierCode', 'procedureName', 'receivedAt', 'appointmentAt'], 'result-ready': ['dossierCode', 'collectAt'] };
    for (const t of MESSAGE_TEMPLATES) {
      expect(t.subject !== undefined).toBe(t.channel === 'email');
      for (const name of placeholdersOf(`${t.subject ?? ''} ${t.body}`)) expect(filled[t.name]).toContain(name);
    }
  });
});
