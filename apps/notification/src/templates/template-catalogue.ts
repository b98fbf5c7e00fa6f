import { TEMPLATE_KINDS, type TemplateKind } from '@motcua/contracts';

export interface PlaceholderSpec {
  description: string;
  /** Realistic and long rather than short: SMS length checks at publish time render with these. */
  sample: string;
  /** The text must mention it (a citizen must be able to tell which dossier a message is about). */
  required?: boolean;
}

export interface KindSpec {
  audience: 'citizen' | 'staff';
  description: string;
  /** The only values a template of this kind can use: what its event supplies. Never a name, ID number or address. */
  placeholders: Record<string, PlaceholderSpec>;
}

const dossierCode: PlaceholderSpec = { description: 'Mã hồ sơ', sample: '000.00.13.H20-251120-0001', required: true };
const procedureName: PlaceholderSpec = { description: 'Tên thủ tục', sample: 'Cấp Giấy xác nhận tình trạng hôn nhân' };
const time = (description: string, required = false): PlaceholderSpec => ({ description, sample: '16:00 ngày 25/11/2025', required });
const deskName: PlaceholderSpec = { description: 'Nơi tiếp nhận', sample: 'Bộ phận Một cửa xã Tân Phước', required: true };
const bookingCode: PlaceholderSpec = { description: 'Mã lịch hẹn', sample: 'LH-29972-251122-0042', required: true };
const sessionName: PlaceholderSpec = { description: 'Buổi tiếp nhận', sample: 'Tiếp nhận ngoài giờ sáng thứ Bảy' };

/**
 * What each kind of message is about and which values its event gives its templates. Every value listed is one its
 * event always supplies: a template may use any of them, and a published template never meets a missing value.
 */
export const TEMPLATE_CATALOGUE: Readonly<Record<TemplateKind, KindSpec>> = {
  receipt: {
    audience: 'citizen',
    description: 'Hồ sơ đã được tiếp nhận: mã hồ sơ và ngày hẹn trả kết quả',
    placeholders: { dossierCode, procedureName, receivedAt: time('Thời điểm tiếp nhận'), appointmentAt: time('Ngày hẹn trả kết quả', true) },
  },
  'supplement-request': {
    audience: 'citizen',
    description: 'Cơ quan giải quyết yêu cầu bổ sung hồ sơ',
    placeholders: {
      dossierCode,
      items: { description: 'Giấy tờ cần bổ sung và lý do', sample: 'Bản sao giấy khai sinh (bản sao không rõ nét); Tờ khai (thiếu chữ ký)' },
      itemCount: { description: 'Số giấy tờ cần bổ sung', sample: '2' },
      requestedAt: time('Thời điểm yêu cầu'),
    },
  },
  refusal: {
    audience: 'citizen',
    description: 'Hồ sơ không được giải quyết, có lý do',
    placeholders: {
      dossierCode,
      reasons: { description: 'Lý do từ chối', sample: 'Người yêu cầu không thuộc đối tượng được cấp theo quy định', required: true },
      refusedAt: time('Thời điểm từ chối'),
    },
  },
  apology: {
    audience: 'citizen',
    description: 'Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)',
    placeholders: {
      dossierCode,
      reason: { description: 'Lý do chậm', sample: 'Cần xác minh thêm thông tin tại cơ quan khác', required: false },
      previousAppointmentAt: time('Ngày hẹn cũ'),
      newAppointmentAt: time('Ngày hẹn mới', true),
    },
  },
  'result-ready-desk': {
    audience: 'citizen',
    description: 'Đã có kết quả, nhận tại bộ phận một cửa',
    placeholders: { dossierCode, collectAt: { ...deskName, description: 'Nơi nhận kết quả' }, readyAt: time('Có kết quả từ') },
  },
  'result-ready-post': {
    audience: 'citizen',
    description: 'Đã có kết quả, gửi qua bưu chính công ích',
    placeholders: { dossierCode, readyAt: time('Có kết quả từ') },
  },
  'result-ready-home': {
    audience: 'citizen',
    description: 'Đã có kết quả, cán bộ mang đến tận nhà',
    placeholders: { dossierCode, readyAt: time('Có kết quả từ') },
  },
  'result-returned': {
    audience: 'citizen',
    description: 'Đã trả kết quả cho người dân',
    placeholders: { dossierCode, handedOverAt: time('Thời điểm trả kết quả') },
  },
  'booking-confirmed': {
    audience: 'citizen',
    description: 'Xác nhận đặt lịch hẹn nộp hồ sơ',
    placeholders: { bookingCode, deskName, slotAt: time('Giờ hẹn', true), sessionName },
  },
  'booking-reminder': {
    audience: 'citizen',
    description: 'Nhắc lịch hẹn nộp hồ sơ',
    placeholders: { bookingCode, deskName, slotAt: time('Giờ hẹn', true), sessionName },
  },
  'booking-cancelled': {
    audience: 'citizen',
    description: 'Xác nhận người dân đã hủy lịch hẹn',
    placeholders: { bookingCode, deskName, slotAt: time('Giờ hẹn đã hủy', true) },
  },
  'after-hours-session-cancelled': {
    audience: 'citizen',
    description: 'Buổi tiếp nhận ngoài giờ bị hủy (gửi người đã đặt lịch)',
    placeholders: { deskName, sessionAt: time('Buổi tiếp nhận', true), bookingCode: { ...bookingCode, required: false } },
  },
  'after-hours-session-rescheduled': {
    audience: 'citizen',
    description: 'Buổi tiếp nhận ngoài giờ được dời lịch (gửi người đã đặt lịch)',
    placeholders: {
      deskName,
      sessionAt: time('Buổi tiếp nhận cũ', true),
      newSessionAt: time('Buổi tiếp nhận mới', true),
      bookingCode: { ...bookingCode, required: false },
    },
  },
  'transfer-near-deadline': {
    audience: 'staff',
    description: 'Cảnh báo cán bộ: hồ sơ sắp đến hạn xử lý',
    placeholders: { dossierCode, dueAt: time('Hạn xử lý', true) },
  },
  'transfer-late': {
    audience: 'staff',
    description: 'Cảnh báo cán bộ: hồ sơ đã quá hạn xử lý',
    placeholders: { dossierCode, dueAt: time('Hạn xử lý', true) },
  },
  'transfer-paper-not-sent': {
    audience: 'staff',
    description: 'Cảnh báo bộ phận một cửa: hồ sơ giấy chưa được chuyển đi',
    placeholders: { dossierCode, dueAt: time('Hạn chuyển hồ sơ giấy', true) },
  },
};

export const isTemplateKind = (value: string): value is TemplateKind => (TEMPLATE_KINDS as readonly string[]).includes(value);

export function sampleValues(kind: TemplateKind): Record<string, string> {
  return Object.fromEntries(Object.entries(TEMPLATE_CATALOGUE[kind].placeholders).map(([name, spec]) => [name, spec.sample]));
}
