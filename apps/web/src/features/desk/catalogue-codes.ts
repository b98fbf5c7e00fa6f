// STOPGAP, generated from the demo seed (apps/routing/src/seed/sample-procedures.ts, versions in force in 2026).
// The gateway gives desk clerks only the public catalogue (GET /api/public/procedures), which has no document codes,
// no fill-on-behalf flags and no fee exemptions, yet POST /api/dossiers needs the codes. Until the gateway offers
// staff a catalogue with them, the checklist takes them from here, matched by the document name (see catalogue.ts);
// a document not found here blocks the submission with a message instead of guessing.
export interface DeskDocumentCode {
  code: string;
  name: string;
  fillOnBehalf?: boolean;
}

export interface DeskProcedureExtras {
  documents: DeskDocumentCode[];
  feeExemptions?: string[];
  afterHoursEligible?: boolean;
}

export const DESK_CATALOGUE_EXTRAS: Record<string, DeskProcedureExtras> = {
  '1.001193': {
    documents: [
      { code: 'to-khai', name: 'Tờ khai đăng ký khai sinh', fillOnBehalf: true },
      { code: 'giay-chung-sinh', name: 'Giấy chứng sinh' },
    ],
    feeExemptions: ['Đăng ký khai sinh đúng hạn', 'Người thuộc gia đình có công với cách mạng', 'Người thuộc hộ nghèo', 'Người khuyết tật'],
    afterHoursEligible: true,
  },
  '1.000894': {
    documents: [
      { code: 'to-khai', name: 'Tờ khai đăng ký kết hôn (hai bên cùng có mặt ký)', fillOnBehalf: true },
    ],
    afterHoursEligible: true,
  },
  '1.000656': {
    documents: [
      { code: 'to-khai', name: 'Tờ khai đăng ký khai tử', fillOnBehalf: true },
      { code: 'giay-bao-tu', name: 'Giấy báo tử hoặc giấy tờ thay thế' },
    ],
    feeExemptions: ['Đăng ký khai tử đúng hạn', 'Người thuộc gia đình có công với cách mạng', 'Người thuộc hộ nghèo', 'Người khuyết tật'],
    afterHoursEligible: true,
  },
  '2.000635': {
    documents: [
      { code: 'to-khai', name: 'Tờ khai cấp bản sao trích lục hộ tịch', fillOnBehalf: true },
    ],
    feeExemptions: ['Người thuộc gia đình có công với cách mạng', 'Người thuộc hộ nghèo', 'Người khuyết tật'],
    afterHoursEligible: true,
  },
  '1.004873': {
    documents: [
      { code: 'to-khai', name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', fillOnBehalf: true },
    ],
  },
  '1.004884': {
    documents: [
      { code: 'to-khai', name: 'Tờ khai đăng ký lại khai sinh', fillOnBehalf: true },
      { code: 'giay-to-chung-minh', name: 'Bản sao giấy tờ chứng minh nội dung khai sinh' },
    ],
  },
  '1.004859': {
    documents: [
      { code: 'to-khai', name: 'Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch', fillOnBehalf: true },
      { code: 'giay-to-lien-quan', name: 'Giấy tờ liên quan làm căn cứ' },
    ],
  },
  '1.004837': {
    documents: [
      { code: 'to-khai', name: 'Tờ khai đăng ký giám hộ', fillOnBehalf: true },
      { code: 'van-ban-cu-giam-ho', name: 'Văn bản cử người giám hộ' },
    ],
  },
  '1.001022': {
    documents: [
      { code: 'to-khai', name: 'Tờ khai đăng ký nhận cha, mẹ, con (các bên có mặt)', fillOnBehalf: true },
      { code: 'chung-cu', name: 'Chứng cứ chứng minh quan hệ cha, mẹ, con' },
    ],
  },
  '2.000815': {
    documents: [
      { code: 'ban-chinh', name: 'Bản chính giấy tờ' },
      { code: 'ban-sao', name: 'Bản sao cần chứng thực' },
    ],
    afterHoursEligible: true,
  },
  '2.000884': {
    documents: [
      { code: 'giay-to-ky', name: 'Giấy tờ, văn bản cần chứng thực chữ ký (ký trước mặt người thực hiện chứng thực)' },
    ],
    afterHoursEligible: true,
  },
  '2.001035': {
    documents: [
      { code: 'du-thao-hop-dong', name: 'Dự thảo hợp đồng, giao dịch' },
      { code: 'giay-to-so-huu', name: 'Bản sao giấy tờ chứng minh quyền sở hữu, sử dụng' },
    ],
  },
  '1.004222': {
    documents: [
      { code: 'ct01', name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', fillOnBehalf: true },
      { code: 'cho-o-hop-phap', name: 'Giấy tờ chứng minh chỗ ở hợp pháp (không cần nếu đã có trong cơ sở dữ liệu)' },
    ],
  },
  '1.004194': {
    documents: [
      { code: 'ct01', name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', fillOnBehalf: true },
      { code: 'cho-o-hop-phap', name: 'Giấy tờ chứng minh chỗ ở hợp pháp (hợp đồng thuê không cần công chứng)' },
    ],
  },
  '1.003197': {
    documents: [
      { code: 'ct01', name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', fillOnBehalf: true },
      { code: 'can-cu-xoa', name: 'Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú' },
    ],
  },
  '1.010038': {
    documents: [
      { code: 'ct01', name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01) có ý kiến đồng ý của chủ hộ', fillOnBehalf: true },
    ],
  },
  '1.003677': {
    documents: [
      { code: 'ct01', name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', fillOnBehalf: true },
    ],
  },
  '2.001159': {
    documents: [
      { code: 'thong-tin-luu-tru', name: 'Thông tin người lưu trú', fillOnBehalf: true },
    ],
    afterHoursEligible: true,
  },
  '1.001612': {
    documents: [
      { code: 'giay-de-nghi', name: 'Giấy đề nghị đăng ký hộ kinh doanh', fillOnBehalf: true },
      { code: 'giay-to-phap-ly', name: 'Bản sao giấy tờ pháp lý của chủ hộ kinh doanh' },
    ],
  },
  '1.009994': {
    documents: [
      { code: 'don-de-nghi', name: 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu 01)', fillOnBehalf: true },
      { code: 'giay-to-dat', name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất' },
      { code: 'ban-ve', name: 'Bản vẽ thiết kế xây dựng' },
    ],
  },
  '1.003003': {
    documents: [
      { code: 'don-dang-ky', name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu 15)', fillOnBehalf: true },
      { code: 'giay-to-nguon-goc', name: 'Giấy tờ về nguồn gốc sử dụng đất' },
    ],
  },
  '2.001458': {
    documents: [
      { code: 'don-dang-ky-bien-dong', name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', fillOnBehalf: true },
      { code: 'hop-dong', name: 'Hợp đồng, văn bản chuyển nhượng, tặng cho hoặc văn bản thừa kế' },
      { code: 'giay-chung-nhan', name: 'Bản gốc Giấy chứng nhận đã cấp' },
    ],
  },
};
