import { TEMPLATE_KINDS } from '@motcua/contracts';
import { DEFAULT_TEMPLATES } from './default-templates';
import { previewTemplate } from './preview-template';
import { TEMPLATE_CATALOGUE } from './template-catalogue';
import { templateProblems } from './template-problems';

const sms = (body: string) => ({ kind: 'receipt' as const, channel: 'sms' as const, body });

describe('templateProblems (what publishing refuses)', () => {
  it('accepts a well-formed SMS that mentions the dossier and its appointment', () => {
    expect(templateProblems(sms('Hồ sơ {dossierCode} đã được tiếp nhận. Hẹn trả kết quả: {appointmentAt}.'))).toEqual([]);
  });

  it('refuses a placeholder the event does not supply, naming it and what can be used', () => {
    expect(templateProblems(sms('Hồ sơ {dossierCod} hẹn {appointmentAt}; {dossierCode}'))).toEqual([
      {
        field: 'body',
        reason: '{dossierCod} không phải giá trị có trong tin này; chỉ dùng được {dossierCode}, {procedureName}, {receivedAt}, {appointmentAt}',
      },
    ]);
  });

  it('refuses malformed braces rather than send them as text', () => {
    const problems = templateProblems(sms('Hồ sơ {dossierCode} hẹn {appointmentAt}. {ma ho so} {receivedAt'));
    expect(problems.map((p) => p.reason)).toEqual([
      '"{ma ho so}" không phải chỗ điền giá trị: viết {tên} chỉ bằng chữ cái và chữ số',
      '"{receivedAt" không phải chỗ điền giá trị: viết {tên} chỉ bằng chữ cái và chữ số',
    ]);
  });

  it('requires the values a citizen needs to recognise the message', () => {
    expect(templateProblems(sms('Hồ sơ của ông/bà đã được tiếp nhận.'))).toEqual([
      { field: 'body', reason: 'phải có {dossierCode}, {appointmentAt}' },
    ]);
  });

  it('refuses an SMS that would cost more than three parts with realistic values', () => {
    const long = `Hồ sơ {dossierCode} hẹn {appointmentAt}. ${'Nội dung rất dài. '.repeat(12)}`;
    expect(templateProblems(sms(long))).toEqual([{ field: 'body', reason: 'quá dài cho SMS: 5 phần với giá trị mẫu (tối đa 3)' }]);
  });

  it('checks each channel’s own rules: e-mail subject, ZNS template id, no Zalo for staff', () => {
    expect(templateProblems({ kind: 'receipt', channel: 'email', body: '{dossierCode} {appointmentAt}' })).toEqual([
      { field: 'subject', reason: 'e-mail phải có tiêu đề' },
    ]);
    expect(templateProblems({ kind: 'receipt', channel: 'zalo', body: '{dossierCode} {appointmentAt}' })).toEqual([
      { field: 'providerTemplateId', reason: 'mẫu Zalo phải có mã mẫu ZNS mà Zalo đã duyệt cho nội dung này' },
    ]);
    expect(templateProblems({ kind: 'transfer-late', channel: 'zalo', body: '{dossierCode} {dueAt}', providerTemplateId: 'z1' })).toEqual([
      { field: 'channel', reason: 'thông báo cho cán bộ gửi qua SMS hoặc e-mail, không qua Zalo' },
    ]);
    expect(templateProblems({ kind: 'receipt', channel: 'sms', subject: 'x', body: '{dossierCode} {appointmentAt}' })).toEqual([
      { field: 'subject', reason: 'chỉ e-mail mới có tiêu đề' },
    ]);
  });
});

describe('the built-in templates', () => {
  it('cover every kind on SMS and e-mail, and Zalo for citizens, once per version', () => {
    const keys = DEFAULT_TEMPLATES.map((t) => `${t.name}/${t.channel}@${t.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const kind of TEMPLATE_KINDS) {
      const channels = DEFAULT_TEMPLATES.filter((t) => t.name === kind).map((t) => t.channel).sort();
      expect([kind, channels]).toEqual([kind, TEMPLATE_CATALOGUE[kind].audience === 'citizen' ? ['email', 'sms', 'zalo'] : ['email', 'sms']]);
    }
  });

  it('have no problem but the ZNS template id Zalo has yet to give', () => {
    for (const t of DEFAULT_TEMPLATES) {
      const problems = templateProblems({ kind: t.name, channel: t.channel, subject: t.subject, body: t.body });
      const expected = t.channel === 'zalo' ? [expect.objectContaining({ field: 'providerTemplateId' })] : [];
      expect([`${t.name}/${t.channel}`, problems]).toEqual([`${t.name}/${t.channel}`, expected]);
    }
  });

  it('are written in Vietnamese with diacritics', () => {
    for (const t of DEFAULT_TEMPLATES) expect(t.body).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });
});

describe('previewTemplate', () => {
  it('renders with the kind’s sample data and counts SMS parts', () => {
    const preview = previewTemplate({ kind: 'result-ready-desk', channel: 'sms', body: 'Hồ sơ {dossierCode} đã có kết quả. Nhận tại {collectAt}.' });
    expect(preview).toEqual({
      subject: null,
      body: 'Hồ sơ 000.00.13.H20-251120-0001 đã có kết quả. Nhận tại Bộ phận Một cửa xã Tân Phước.',
      characters: 85,
      smsParts: 2,
      problems: [],
    });
  });

  it('leaves an unknown placeholder visible, and lists it as a problem', () => {
    const preview = previewTemplate({ kind: 'result-ready-desk', channel: 'email', subject: 'Hồ sơ {dossierCode}', body: '{colectAt}' });
    expect(preview.body).toBe('{colectAt}');
    expect(preview.subject).toBe('Hồ sơ 000.00.13.H20-251120-0001');
    expect(preview.problems.map((p) => p.reason)).toEqual([
      '{colectAt} không phải giá trị có trong tin này; chỉ dùng được {dossierCode}, {collectAt}, {readyAt}',
      'phải có {collectAt}',
    ]);
  });
});
