/**
 * The Vietnamese texts citizens receive, versioned: a delivery row records the version it was rendered from,
 * so changing a text is adding a version, never editing one that has already been sent.
 */
export const TEMPLATE_NAMES = ['receipt', 'result-ready'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Channels with a provider today (Zalo comes with its adapter). */
export const DELIVERY_CHANNELS = ['sms', 'email'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export interface MessageTemplate {
  name: TemplateName;
  version: number;
  channel: DeliveryChannel;
  /** E-mail only. */
  subject?: string;
  /** Text with named placeholders, `{dossierCode}`. */
  body: string;
}

// SMS with Vietnamese diacritics is sent as UCS-2 (70 characters a segment): SMS texts stay short and leave out
// the procedure name, which can be long; the e-mail carries the full wording.
export const MESSAGE_TEMPLATES: readonly MessageTemplate[] = [
  {
    name: 'receipt',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} đã được tiếp nhận lúc {receivedAt}. Hẹn trả kết quả: {appointmentAt}. Tra cứu bằng mã hồ sơ.',
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
    name: 'result-ready',
    version: 1,
    channel: 'sms',
    body: 'Hồ sơ {dossierCode} đã có kết quả. Mời ông/bà nhận kết quả tại {collectAt}.',
  },
  {
    name: 'result-ready',
    version: 1,
    channel: 'email',
    subject: 'Hồ sơ {dossierCode} đã có kết quả',
    body: 'Hồ sơ {dossierCode} đã có kết quả. Mời ông/bà nhận kết quả tại {collectAt}.',
  },
];

/** The newest version of a template for a channel. */
export function currentTemplate(name: TemplateName, channel: DeliveryChannel, templates = MESSAGE_TEMPLATES): MessageTemplate {
  const candidates = templates.filter((t) => t.name === name && t.channel === channel);
  if (candidates.length === 0) throw new Error(`no template ${name} for channel ${channel}`);
  return candidates.reduce((newest, t) => (t.version > newest.version ? t : newest));
}
