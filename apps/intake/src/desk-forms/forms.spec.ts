import type { DeskSupplementRequest, Receipt } from '@motcua/contracts';
import { renderForm01 } from './form-01';
import { renderForm02 } from './form-02';
import { renderForm03 } from './form-03';
import { vietnameseMoment } from './printable';

const desk = { code: '29972', name: 'Xã Tân Phước', deskName: 'Bộ phận Một cửa xã Tân Phước' };
const applicant = { fullName: 'Nguyễn Thị <Hồng>', address: 'Ấp Phước Tiên, xã Tân Phước', phone: '0912345678' };

describe('desk forms', () => {
  it('writes a moment the way the forms do, in Vietnam time', () => {
    expect(vietnameseMoment('2026-11-21T08:05:00.000Z')).toBe('15 giờ 05 phút, ngày 21 tháng 11 năm 2026');
    expect(vietnameseMoment('2026-12-31T17:30:00.000Z')).toBe('00 giờ 30 phút, ngày 01 tháng 01 năm 2027');
  });

  it('prints form 01 with every field of the receipt and appointment slip', () => {
    const receipt: Receipt = {
      dossierCode: '000.72.69.H20-261121-0007',
      procedure: { code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh' },
      receivingUnit: desk,
      applicant,
      documents: [
        { code: 'giay-de-nghi', name: 'Giấy đề nghị đăng ký hộ kinh doanh', form: 'original', count: 1 },
        { code: 'giay-to-phap-ly', name: 'Bản sao giấy tờ pháp lý', form: 'copy', count: 2 },
      ],
      timeLimit: { value: 3, unit: 'working-days' },
      receivedAt: '2026-11-21T02:30:00.000Z',
      appointmentAt: '2026-11-26T02:30:00.000Z',
      resultDelivery: 'desk',
      channel: 'counter',
      receivedBy: 'clerk.29972',
    };
    const html = renderForm01(receipt);
    for (const text of [
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'XÃ TÂN PHƯỚC',
      'BỘ PHẬN MỘT CỬA XÃ TÂN PHƯỚC',
      'Số: 0007/TN',
      'Mã hồ sơ: <b>000.72.69.H20-261121-0007</b>',
      'aria-label="Mã QR 000.72.69.H20-261121-0007"',
      'Nguyễn Thị &lt;Hồng&gt;',
      'Nội dung yêu cầu giải quyết: Đăng ký thành lập hộ kinh doanh',
      '<td>Bản sao giấy tờ pháp lý</td><td>Bản sao</td><td>2</td>',
      '2. Số lượng hồ sơ: 01 bộ',
      '3 ngày làm việc',
      '4. Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 21 tháng 11 năm 2026',
      '5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 30 phút, ngày 26 tháng 11 năm 2026',
      '6. Đăng ký nhận kết quả: Tại Bộ phận Một cửa xã Tân Phước',
      'Quyển số: 261121, Số thứ tự: 0007',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('Nguyễn Thị <Hồng>');
    expect(html).toBe(html.normalize('NFC'));
  });

  it('prints form 02 with every missing item, numbered, and its reason', () => {
    const request: DeskSupplementRequest = {
      id: '00000000-0000-4000-8000-000000000001',
      number: 'BS-261121-0003',
      procedure: { code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh' },
      receivingUnit: desk,
      applicant,
      items: [
        { field: 'documents.a', documentName: 'Giấy đề nghị', reason: 'Thiếu Giấy đề nghị (bản chính)' },
        { field: 'documents.b', documentName: 'Bản vẽ', reason: 'Bản vẽ: cần 2 bản, mới có 1' },
      ],
      issuedAt: '2026-11-21T02:30:00.000Z',
      issuedBy: 'clerk.29972',
      contact: { staffId: 'clerk.29972', name: 'Trần Văn Bình', deskName: desk.deskName, phone: '02773851234' },
    };
    const html = renderForm02(request);
    expect(html).toContain(`liên hệ công chức Trần Văn Bình, ${desk.deskName}, số điện thoại 02773851234 để được hướng dẫn`);
    // Without a name or a phone on record: the desk alone.
    expect(renderForm02({ ...request, contact: { staffId: 'clerk.29972', deskName: desk.deskName } })).toContain(`liên hệ ${desk.deskName} để được hướng dẫn`);
    // A bundle's form: the bundle as the request, each item under its procedure.
    const bundled = renderForm02({
      ...request,
      bundle: { code: 'LT-01', name: 'Xác nhận tình trạng hôn nhân và đăng ký hộ kinh doanh' },
      items: [{ field: 'members[1].documents.b', documentName: 'Bản sao giấy tờ pháp lý', reason: 'Thiếu', procedureName: 'Đăng ký thành lập hộ kinh doanh' }],
    });
    expect(bundled).toContain('Nội dung yêu cầu giải quyết: Hồ sơ liên thông: Xác nhận tình trạng hôn nhân và đăng ký hộ kinh doanh (LT-01)');
    expect(bundled).toContain('1. Bản sao giấy tờ pháp lý (thủ tục Đăng ký thành lập hộ kinh doanh) — Lý do: Thiếu');
    expect(html).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(html).toContain('Số: BS-261121-0003');
    expect(html).toContain('1. Giấy đề nghị — Lý do: Thiếu Giấy đề nghị (bản chính)');
    expect(html).toContain('2. Bản vẽ — Lý do: Bản vẽ: cần 2 bản, mới có 1');
    expect(html).toContain('NGƯỜI HƯỚNG DẪN');
  });
});

describe('form 03', () => {
  it('prints every reason, numbered, with the applicant and the request', () => {
    const html = renderForm03({
      id: '00000000-0000-4000-8000-000000000002',
      number: 'TC-261121-0001',
      procedure: { code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh' },
      receivingUnit: desk,
      applicant,
      reasons: ['Không thuộc thẩm quyền', 'Hồ sơ giả mạo'],
      refusedAt: '2026-11-21T02:30:00.000Z',
      refusedBy: 'clerk.29972',
    });
    expect(html).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(html).toContain('Số: TC-261121-0001');
    expect(html).toContain('Nội dung yêu cầu giải quyết: Đăng ký thành lập hộ kinh doanh');
    expect(html).toContain('1. Không thuộc thẩm quyền');
    expect(html).toContain('2. Hồ sơ giả mạo');
    expect(html).toContain('Xã Tân Phước, ngày 21 tháng 11 năm 2026');
  });
});
