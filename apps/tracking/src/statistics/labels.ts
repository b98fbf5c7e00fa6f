import type { Channel } from '@motcua/contracts';

/** How each channel is named in report tables. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  counter: 'Trực tiếp tại Bộ phận Một cửa',
  'after-hours-counter': 'Tiếp nhận ngoài giờ hành chính',
  online: 'Trực tuyến',
  post: 'Qua dịch vụ bưu chính công ích',
  zalo: 'Qua Zalo',
  'hamlet-point': 'Điểm hỗ trợ tại thôn, ấp',
  outreach: 'Lưu động tại nhà',
};

export const UNKNOWN_FIELD_LABEL = 'Chưa xác định lĩnh vực';
