import type { DeliveryChannel } from '../templates/message-templates';

const stars = (n: number): string => '*'.repeat(Math.max(n, 1));

/** The first `keep` characters, but always at least one star. */
const keepStart = (text: string, keep: number): string => {
  const shown = Math.max(Math.min(keep, text.length - 1), 0);
  return `${text.slice(0, shown)}${stars(text.length - shown)}`;
};

/** "0912345678" → "09******78": staff see that a message went to the citizen's number, not the number. */
export function maskPhone(phone: string): string {
  if (phone.length <= 4) return stars(phone.length);
  return `${phone.slice(0, 2)}${stars(phone.length - 4)}${phone.slice(-2)}`;
}

/** "nguyenvana@example.com" → "ng********@e******.com": enough to tell two addresses apart, not to write to one. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return stars(email.length);
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${keepStart(local, 2)}@${keepStart(host, 1)}${tld}`;
}

export function maskRecipient(channel: DeliveryChannel, address: string): string {
  return channel === 'email' ? maskEmail(address) : maskPhone(address);
}
