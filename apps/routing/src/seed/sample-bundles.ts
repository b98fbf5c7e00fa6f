import type { BundleRecord } from '@motcua/contracts';

/**
 * Bundles of the seed stories: the "2 in 1" of Tân Công Chí and An Phước (from 1 Oct 2020) and the inter-procedure
 * group birth – permanent residence – health insurance for children under 6 (QĐ 296/QĐ-VPCP, ≤ 3 working days; the
 * health-insurance card is issued by social insurance, outside this sample catalogue).
 */
export const SAMPLE_BUNDLES: BundleRecord[] = [
  {
    code: '2TRONG1-XNTTHN-THUONGTRU',
    name: '2 trong 1: Xác nhận tình trạng hôn nhân và đăng ký thường trú (chuyển hộ khẩu)',
    procedureCodes: ['1.004873', '1.004222'],
    validFrom: '2020-10-01',
    validTo: null,
  },
  {
    code: '2TRONG1-KETHON-THUONGTRU',
    name: '2 trong 1: Đăng ký kết hôn và đăng ký thường trú',
    procedureCodes: ['1.000894', '1.004222'],
    validFrom: '2020-10-01',
    validTo: null,
  },
  {
    code: 'LIENTHONG-KHAISINH-THUONGTRU',
    name: 'Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    procedureCodes: ['1.001193', '1.004222'],
    timeLimit: { value: 3, unit: 'working-days' },
    validFrom: '2024-06-15',
    validTo: null,
  },
];
