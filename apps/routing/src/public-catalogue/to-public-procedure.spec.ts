import { procedureOn, TODAY_LIKE, unitOn } from '../__tests__/seed-world';
import { fold, matches, toPublicProcedure } from './to-public-procedure';

describe('the public catalogue entry', () => {
  it('shows documents, time, fees per channel and where to submit, in Vietnamese', () => {
    expect(toPublicProcedure(procedureOn('1.004222', TODAY_LIKE))).toEqual({
      code: '1.004222',
      name: 'Đăng ký thường trú',
      field: 'Đăng ký, quản lý cư trú',
      timeLimit: { value: 7, unit: 'working-days' },
      documents: [
        { name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', form: 'original', count: 1 },
        { name: 'Giấy tờ chứng minh chỗ ở hợp pháp (không cần nếu đã có trong cơ sở dữ liệu)', form: 'copy', count: 1 },
      ],
      fees: [
        { channel: 'in-person', amountVnd: 20000 },
        { channel: 'online', amountVnd: 10000 },
      ],
      whereToSubmit: 'Trung tâm Phục vụ hành chính công cấp xã nơi cư trú; hoặc trụ sở Công an cấp xã',
    });
    expect(toPublicProcedure(procedureOn('2.000635', TODAY_LIKE)).whereToSubmit).toBe('Trung tâm Phục vụ hành chính công cấp xã bất kỳ trong tỉnh');
    expect(toPublicProcedure(procedureOn('2.000635', TODAY_LIKE), unitOn('29972', TODAY_LIKE)).whereToSubmit).toBe(
      'Trung tâm Phục vụ hành chính công xã Tân Phước (tiếp nhận không phụ thuộc địa giới hành chính trong tỉnh)',
    );
  });

  it('finds procedures by words typed with or without diacritics, by code, and by field', () => {
    const business = procedureOn('1.001612', TODAY_LIKE);
    expect(fold('Đăng ký Hộ KINH doanh')).toBe('dang ky ho kinh doanh');
    expect(matches(business, 'ho kinh doanh')).toBe(true);
    expect(matches(business, 'hộ kinh doanh')).toBe(true);
    expect(matches(business, '1.001612')).toBe(true);
    expect(matches(business, 'khai sinh')).toBe(false);
    expect(matches(business, undefined, 'thành lập và hoạt động của hộ kinh doanh')).toBe(true);
    expect(matches(business, undefined, 'Hộ tịch')).toBe(false);
  });
});
