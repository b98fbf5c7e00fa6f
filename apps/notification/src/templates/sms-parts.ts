// GSM 03.38: what an SMS can carry at 7 bits a character. Anything else (every Vietnamese letter with a diacritic
// but a few) sends the whole text as UCS-2, 70 characters in one part or 67 a part when split.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

export interface SmsSize {
  encoding: 'gsm-7' | 'ucs-2';
  /** In the encoding's units: septets (extended characters count two) or UTF-16 code units. */
  length: number;
  parts: number;
}

export function smsSize(text: string): SmsSize {
  let septets = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) septets += 1;
    else if (GSM_EXTENDED.includes(ch)) septets += 2;
    else {
      const length = text.length;
      return { encoding: 'ucs-2', length, parts: length <= 70 ? 1 : Math.ceil(length / 67) };
    }
  }
  return { encoding: 'gsm-7', length: septets, parts: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}
