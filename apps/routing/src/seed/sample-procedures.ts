import type { ProcedureRecord } from '@motcua/contracts';

/**
 * A handful of procedures of DOMAIN.md §9 at commune and district level (three-tier era). Fees and time limits
 * are the sample catalogue's; a province re-pulls them from its published decisions before go-live.
 */
const era = { validFrom: '2019-01-01', validTo: null };

export const SAMPLE_PROCEDURES: ProcedureRecord[] = [
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    competence: 'receiving-unit',
    timeLimit: { value: 0, unit: 'same-day' },
    documents: [
      { code: 'to-khai', name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 },
      { code: 'giay-chung-sinh', name: 'Giấy chứng sinh', form: 'original', count: 1 },
    ],
    feeVnd: 0,
    ...era,
  },
  {
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    competence: 'receiving-unit',
    timeLimit: { value: 3, unit: 'working-days' },
    documents: [{ code: 'to-khai', name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'original', count: 1 }],
    feeVnd: 0,
    ...era,
  },
  {
    code: '2.000635',
    name: 'Cấp bản sao trích lục hộ tịch',
    field: 'Hộ tịch',
    competence: 'receiving-unit',
    timeLimit: { value: 0, unit: 'same-day' },
    documents: [{ code: 'to-khai', name: 'Tờ khai cấp bản sao trích lục hộ tịch', form: 'original', count: 1 }],
    feeVnd: 8000,
    ...era,
  },
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính',
    field: 'Chứng thực',
    competence: 'receiving-unit',
    timeLimit: { value: 0, unit: 'same-day' },
    documents: [
      { code: 'ban-chinh', name: 'Bản chính giấy tờ', form: 'original', count: 1 },
      { code: 'ban-sao', name: 'Bản sao cần chứng thực', form: 'copy', count: 1 },
    ],
    feeVnd: 2000,
    ...era,
  },
  {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    competence: 'district-above-receiving-unit',
    timeLimit: { value: 3, unit: 'working-days' },
    documents: [
      { code: 'giay-de-nghi', name: 'Giấy đề nghị đăng ký hộ kinh doanh', form: 'original', count: 1 },
      { code: 'giay-to-phap-ly', name: 'Bản sao giấy tờ pháp lý của chủ hộ kinh doanh', form: 'copy', count: 1 },
    ],
    feeVnd: 100000,
    ...era,
  },
  {
    code: '1.009994',
    name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    field: 'Hoạt động xây dựng',
    competence: 'district-above-receiving-unit',
    timeLimit: { value: 15, unit: 'days' },
    documents: [
      { code: 'don-de-nghi', name: 'Đơn đề nghị cấp giấy phép xây dựng', form: 'original', count: 1 },
      { code: 'giay-to-dat', name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất', form: 'copy', count: 1 },
      { code: 'ban-ve', name: 'Bản vẽ thiết kế xây dựng', form: 'original', count: 2 },
    ],
    feeVnd: 75000,
    ...era,
  },
  {
    code: '1.003003',
    name: 'Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu',
    field: 'Đất đai',
    competence: 'district-above-receiving-unit',
    timeLimit: { value: 20, unit: 'working-days' },
    documents: [
      { code: 'don-dang-ky', name: 'Đơn đăng ký, cấp Giấy chứng nhận', form: 'original', count: 1 },
      { code: 'giay-to-nguon-goc', name: 'Giấy tờ về nguồn gốc sử dụng đất', form: 'copy', count: 1 },
    ],
    feeVnd: 0,
    ...era,
  },
];
