import type { MessageTemplate } from './message-templates';

/**
 * The wording every deployment starts with: version 1 of each kind, seeded at start-up where a kind has no version
 * yet on a channel (an administrator's later versions are never touched). SMS and e-mail are published at once;
 * Zalo versions are drafts, because ZNS sends only templates Zalo has approved: an administrator registers the
 * wording with Zalo, then publishes it with the template id Zalo gave.
 *
 * SMS with Vietnamese diacritics goes as UCS-2 (70 characters in one part, 67 a part beyond): SMS texts stay short
 * and leave long values (procedure name, lists) to e-mail and Zalo.
 */
export const DEFAULT_TEMPLATES: readonly MessageTemplate[] = [
  // Tiếp nhận hồ sơ
  {
    name: 'receipt',
    version: 1,
    channel: 'sms',
    // Two UCS-2 parts, not three: the look-up hint is in the e-mail.
    body: 'Hồ sơ {dossierCode} đã được tiếp nhận lúc {receivedAt}. Hẹn trả kết quả: {appointmentAt}.',
  },
  {
    name: 'receipt',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} đã được tiếp nhận',
    body:
      'Hồ sơ {dossierCode} ({procedureName}) đã được tiếp nhận lúc {receivedAt}. Hẹn trả kết quả: {appointmentAt}. ' +
      'Tra cứu tình trạng hồ sơ bằng mã hồ sơ.',
  },
  {
    name: 'receipt',
    version: 1,
    channel: 'zalo',
    body: 'Hồ sơ {dossierCode} ({procedureName}) đã được tiếp nhận lúc {receivedAt}. Ngày hẹn trả kết quả: {appointmentAt}.',
  },
  // Yêu cầu bổ sung hồ sơ
  {
    name: 'supplement-request',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} cần bổ sung {itemCount} giấy tờ. Mời ông/bà liên hệ nơi đã nộp hồ sơ để bổ sung.',
  },
  {
    name: 'supplement-request',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} cần bổ sung',
    body:
      'Cơ quan giải quyết đề nghị ông/bà bổ sung hồ sơ {dossierCode} (yêu cầu lúc {requestedAt}): {items}. ' +
      'Mời ông/bà nộp bổ sung tại nơi đã nộp hồ sơ. Thời hạn giải quyết được tính lại từ khi nhận đủ hồ sơ.',
  },
  {
    name: 'supplement-request',
    version: 1,
    channel: 'zalo',
    body: 'Hồ sơ {dossierCode} cần bổ sung: {items}. Mời ông/bà nộp bổ sung tại nơi đã nộp hồ sơ.',
  },
  // Từ chối giải quyết
  {
    name: 'refusal',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} không được giải quyết. Lý do: {reasons}. Mời ông/bà nhận văn bản trả lời tại nơi đã nộp hồ sơ.',
  },
  {
    name: 'refusal',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} không được giải quyết',
    body:
      'Cơ quan có thẩm quyền từ chối giải quyết hồ sơ {dossierCode} lúc {refusedAt}. Lý do: {reasons}. ' +
      'Mời ông/bà nhận văn bản trả lời tại nơi đã nộp hồ sơ.',
  },
  {
    name: 'refusal',
    version: 1,
    channel: 'zalo',
    body: 'Hồ sơ {dossierCode} không được giải quyết. Lý do: {reasons}. Mời ông/bà nhận văn bản trả lời tại nơi đã nộp hồ sơ.',
  },
  // Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)
  {
    name: 'apology',
    version: 1,
    channel: 'sms',
    body: 'Xin lỗi ông/bà: hồ sơ {dossierCode} chưa có kết quả đúng hẹn. Ngày hẹn trả kết quả mới: {newAppointmentAt}.',
  },
  {
    name: 'apology',
    version: 1,
    channel: 'email',
    subject: 'Xin lỗi và hẹn lại ngày trả kết quả hồ sơ {dossierCode}',
    body:
      'Cơ quan giải quyết xin lỗi ông/bà vì hồ sơ {dossierCode} không có kết quả vào ngày hẹn {previousAppointmentAt}. ' +
      'Lý do: {reason}. Ngày hẹn trả kết quả mới: {newAppointmentAt}. Mong ông/bà thông cảm.',
  },
  {
    name: 'apology',
    version: 1,
    channel: 'zalo',
    body: 'Xin lỗi ông/bà: hồ sơ {dossierCode} chưa có kết quả đúng hẹn ({reason}). Ngày hẹn trả kết quả mới: {newAppointmentAt}.',
  },
  // Đã có kết quả: nhận tại bộ phận một cửa
  {
    name: 'result-ready-desk',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} đã có kết quả. Mời ông/bà nhận kết quả tại {collectAt} từ {readyAt}, trong giờ làm việc.',
  },
  {
    name: 'result-ready-desk',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} đã có kết quả',
    body:
      'Hồ sơ {dossierCode} đã có kết quả. Mời ông/bà nhận kết quả tại {collectAt} từ {readyAt}, trong giờ làm việc. ' +
      'Khi đến nhận, xin mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả cùng giấy tờ tùy thân.',
  },
  {
    name: 'result-ready-desk',
    version: 1,
    channel: 'zalo',
    body: 'Hồ sơ {dossierCode} đã có kết quả. Mời ông/bà nhận kết quả tại {collectAt} từ {readyAt}, trong giờ làm việc.',
  },
  // Đã có kết quả: gửi qua bưu chính công ích
  {
    name: 'result-ready-post',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} đã có kết quả. Kết quả được gửi qua bưu chính công ích đến địa chỉ ông/bà đã đăng ký.',
  },
  {
    name: 'result-ready-post',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} đã có kết quả',
    body:
      'Hồ sơ {dossierCode} đã có kết quả từ {readyAt}. Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ ' +
      'ông/bà đã đăng ký; nhân viên bưu điện sẽ liên hệ trước khi giao.',
  },
  {
    name: 'result-ready-post',
    version: 1,
    channel: 'zalo',
    body: 'Hồ sơ {dossierCode} đã có kết quả. Kết quả được gửi qua bưu chính công ích đến địa chỉ ông/bà đã đăng ký.',
  },
  // Đã có kết quả: trả tận nhà
  {
    name: 'result-ready-home',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} đã có kết quả. Cán bộ sẽ mang kết quả đến tận nhà ông/bà và gọi điện trước khi đến.',
  },
  {
    name: 'result-ready-home',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} đã có kết quả',
    body:
      'Hồ sơ {dossierCode} đã có kết quả từ {readyAt}. Cán bộ sẽ mang kết quả đến tận nhà ông/bà và gọi điện trước khi đến; ' +
      'xin giữ liên lạc qua số điện thoại đã đăng ký.',
  },
  {
    name: 'result-ready-home',
    version: 1,
    channel: 'zalo',
    body: 'Hồ sơ {dossierCode} đã có kết quả. Cán bộ sẽ mang kết quả đến tận nhà ông/bà và gọi điện trước khi đến.',
  },
  // Đã trả kết quả
  {
    name: 'result-returned',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} đã được trả kết quả lúc {handedOverAt}. Cảm ơn ông/bà đã sử dụng dịch vụ.',
  },
  {
    name: 'result-returned',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} đã được trả kết quả',
    body:
      'Hồ sơ {dossierCode} đã được trả kết quả lúc {handedOverAt}. Cảm ơn ông/bà đã sử dụng dịch vụ. ' +
      'Ông/bà có thể đánh giá mức độ hài lòng khi tra cứu hồ sơ bằng mã hồ sơ.',
  },
  {
    name: 'result-returned',
    version: 1,
    channel: 'zalo',
    body: 'Hồ sơ {dossierCode} đã được trả kết quả lúc {handedOverAt}. Cảm ơn ông/bà đã sử dụng dịch vụ.',
  },
  // Đặt lịch hẹn
  {
    name: 'booking-confirmed',
    version: 1,
    channel: 'sms',
    body: 'Đã đặt lịch {bookingCode}: {slotAt} tại {deskName}. Xin đến đúng giờ, mang theo giấy tờ tùy thân.',
  },
  {
    name: 'booking-confirmed',
    version: 1,
    channel: 'email',
    subject: 'Xác nhận lịch hẹn {bookingCode}',
    body:
      'Ông/bà đã đặt lịch hẹn {bookingCode} vào {slotAt} ({sessionName}) tại {deskName}. ' +
      'Xin đến đúng giờ và mang theo giấy tờ tùy thân; nếu không đến được, xin hủy lịch để nhường chỗ cho người khác.',
  },
  {
    name: 'booking-confirmed',
    version: 1,
    channel: 'zalo',
    body: 'Ông/bà đã đặt lịch hẹn {bookingCode} vào {slotAt} tại {deskName}. Xin đến đúng giờ, mang theo giấy tờ tùy thân.',
  },
  {
    name: 'booking-reminder',
    version: 1,
    channel: 'sms',
    body: 'Nhắc lịch hẹn {bookingCode}: {slotAt} tại {deskName}.',
  },
  {
    name: 'booking-reminder',
    version: 1,
    channel: 'email',
    subject: 'Nhắc lịch hẹn {bookingCode}',
    body: 'Ông/bà có lịch hẹn {bookingCode} vào {slotAt} tại {deskName}. Nếu không đến được, xin hủy lịch để nhường chỗ cho người khác.',
  },
  {
    name: 'booking-reminder',
    version: 1,
    channel: 'zalo',
    body: 'Nhắc lịch hẹn {bookingCode}: {slotAt} tại {deskName}.',
  },
  {
    name: 'booking-cancelled',
    version: 1,
    channel: 'sms',
    body: 'Lịch hẹn {bookingCode} ({slotAt} tại {deskName}) đã được hủy theo yêu cầu của ông/bà.',
  },
  {
    name: 'booking-cancelled',
    version: 1,
    channel: 'email',
    subject: 'Đã hủy lịch hẹn {bookingCode}',
    body: 'Lịch hẹn {bookingCode} vào {slotAt} tại {deskName} đã được hủy theo yêu cầu của ông/bà. Ông/bà có thể đặt lịch khác bất cứ lúc nào.',
  },
  {
    name: 'booking-cancelled',
    version: 1,
    channel: 'zalo',
    body: 'Lịch hẹn {bookingCode} ({slotAt} tại {deskName}) đã được hủy theo yêu cầu của ông/bà.',
  },
  // Buổi tiếp nhận ngoài giờ thay đổi
  {
    name: 'after-hours-session-cancelled',
    version: 1,
    channel: 'sms',
    body: 'Buổi tiếp nhận ngoài giờ {sessionAt} tại {deskName} bị hủy. Xin lỗi ông/bà vì sự bất tiện.',
  },
  {
    name: 'after-hours-session-cancelled',
    version: 1,
    channel: 'email',
    subject: 'Hủy buổi tiếp nhận ngoài giờ {sessionAt}',
    body:
      'Buổi tiếp nhận ngoài giờ {sessionAt} tại {deskName} bị hủy; lịch hẹn {bookingCode} của ông/bà không còn hiệu lực. ' +
      'Xin lỗi ông/bà vì sự bất tiện; mời ông/bà đặt lịch khác.',
  },
  {
    name: 'after-hours-session-cancelled',
    version: 1,
    channel: 'zalo',
    body: 'Buổi tiếp nhận ngoài giờ {sessionAt} tại {deskName} bị hủy. Xin lỗi ông/bà vì sự bất tiện; mời ông/bà đặt lịch khác.',
  },
  {
    name: 'after-hours-session-rescheduled',
    version: 1,
    channel: 'sms',
    body: 'Buổi tiếp nhận ngoài giờ {sessionAt} tại {deskName} được dời sang {newSessionAt}.',
  },
  {
    name: 'after-hours-session-rescheduled',
    version: 1,
    channel: 'email',
    subject: 'Dời buổi tiếp nhận ngoài giờ {sessionAt}',
    body:
      'Buổi tiếp nhận ngoài giờ {sessionAt} tại {deskName} được dời sang {newSessionAt}; lịch hẹn {bookingCode} của ông/bà ' +
      'chuyển theo. Xin lỗi ông/bà vì sự thay đổi.',
  },
  {
    name: 'after-hours-session-rescheduled',
    version: 1,
    channel: 'zalo',
    body: 'Buổi tiếp nhận ngoài giờ {sessionAt} tại {deskName} được dời sang {newSessionAt}. Xin lỗi ông/bà vì sự thay đổi.',
  },
  // Cảnh báo cán bộ
  {
    name: 'transfer-near-deadline',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} sắp đến hạn xử lý ({dueAt}). Đề nghị đơn vị khẩn trương giải quyết.',
  },
  {
    name: 'transfer-near-deadline',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} sắp đến hạn xử lý',
    body: 'Hồ sơ {dossierCode} sắp đến hạn xử lý ({dueAt}). Đề nghị đơn vị khẩn trương giải quyết hoặc báo trước để xin lỗi, hẹn lại người dân.',
  },
  {
    name: 'transfer-late',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} đã quá hạn xử lý ({dueAt}). Đề nghị đơn vị xử lý ngay.',
  },
  {
    name: 'transfer-late',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} đã quá hạn xử lý',
    body: 'Hồ sơ {dossierCode} đã quá hạn xử lý ({dueAt}). Đề nghị đơn vị xử lý ngay và lập phiếu xin lỗi, hẹn lại ngày trả kết quả.',
  },
  {
    name: 'transfer-paper-not-sent',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ giấy {dossierCode} chưa được chuyển đến cơ quan giải quyết (hạn {dueAt}). Đề nghị chuyển ngay.',
  },
  {
    name: 'transfer-paper-not-sent',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ giấy {dossierCode} chưa được chuyển',
    body: 'Hồ sơ giấy {dossierCode} chưa được chuyển đến cơ quan giải quyết (hạn {dueAt}). Đề nghị bộ phận một cửa chuyển ngay.',
  },
];
