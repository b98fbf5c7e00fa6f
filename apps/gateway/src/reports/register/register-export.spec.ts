import type { RegisterEntry } from '@motcua/contracts';
import { vietnamDateTime } from './register-columns';
import { csvCell, registerCsv } from './register-csv';
import { escapeHtml, registerHtml } from './register-html';
import { withApplicants, type RegisterPage } from './register-line';

const entry: RegisterEntry = {
  number: 1,
  dossierCode: '000.72.69.H20-251120-0001',
  procedureCode: '1.001612',
  procedureName: 'Đăng ký thành lập hộ kinh doanh',
  leadAgency: { code: '869', name: 'Huyện Tân Hồng' },
  receivedAt: '2025-11-20T01:30:00.000Z',
  appointmentAt: '2025-11-25T10:00:00.000Z',
  transferredAt: '2025-11-20T03:00:00.000Z',
  resultReceivedAt: null,
  returnedAt: null,
  note: 'Đang giải quyết',
};
const applicant = { dossierCode: entry.dossierCode, applicantName: 'Nguyễn Thị Hồng', address: 'Ấp Phước Tiên, xã Tân Phước', phone: '0912345678', setCount: 1 };

describe('the register with its personal columns', () => {
  it('joins intake’s applicant columns by dossier code, leaving blanks where intake said nothing', () => {
    const [joined, missing] = withApplicants([entry, { ...entry, number: 2, dossierCode: '000.72.69.H20-251120-0002' }], [applicant]);
    expect(joined).toMatchObject({ applicantName: 'Nguyễn Thị Hồng', phone: '0912345678', setCount: 1 });
    expect(missing).toMatchObject({ number: 2, applicantName: null, address: null, phone: null, setCount: null });
  });

  it('writes dates in Vietnam time', () => {
    expect(vietnamDateTime('2025-11-20T17:30:00.000Z')).toBe('21/11/2025 00:30');
    expect(vietnamDateTime(null)).toBe('');
  });
});

describe('the CSV export', () => {
  const csv = registerCsv(withApplicants([entry], [applicant]));

  it('has a byte-order mark, Vietnamese headers of form 06 and CRLF lines', () => {
    expect(csv.startsWith('\uFEFFSTT,Mã hồ sơ,Tên thủ tục hành chính,Số lượng hồ sơ (bộ),"Tên cá nhân, tổ chức","Địa chỉ, số điện thoại"')).toBe(true);
    expect(csv).toContain('Ngày nhận hồ sơ,Ngày hẹn trả kết quả');
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.split('\r\n')[1]).toBe(
      '1,000.72.69.H20-251120-0001,Đăng ký thành lập hộ kinh doanh,1,Nguyễn Thị Hồng,"Ấp Phước Tiên, xã Tân Phước; 0912345678",Huyện Tân Hồng,20/11/2025 08:30,25/11/2025 17:00,20/11/2025 10:00,,,Đang giải quyết',
    );
  });

  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+84 912')).toBe("'+84 912");
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
  });
});

describe('the printable register', () => {
  const page: RegisterPage = {
    desk: { code: '29972', name: 'Xã Tân Phước', deskName: 'Bộ phận Một cửa xã Tân Phước' },
    from: '2025-11-01',
    to: '2025-11-30',
    items: withApplicants([entry], [{ ...applicant, applicantName: '<script>alert(1)</script>' }]),
    total: 1,
    page: 1,
    pageSize: 1,
  };
  const html = registerHtml(page, new Date('2025-12-01T02:00:00Z'));

  it('is laid out like the form, for A4 landscape', () => {
    expect(html).toContain('<h1>SỔ THEO DÕI HỒ SƠ</h1>');
    expect(html).toContain('Từ ngày 01/11/2025 đến ngày 30/11/2025');
    expect(html).toContain('<th colspan="5">Ngày, tháng, năm</th>');
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('<td>Huyện Tân Hồng</td>');
  });

  it('escapes every value', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });
});
