import type { ConsentState, NotifyChannel } from '@motcua/contracts';

/** How a recipient can be reached, as its event's producer passed it on. */
export interface Contact {
  phone?: string | null;
  email?: string | null;
  /** The citizen came to us through Zalo (seed story: receipts over Zalo in Sa Rài): Zalo counts as chosen. */
  zaloImplied?: boolean;
  /** The desk that serves the recipient (a dossier's receiving unit): whose staff see its undelivered messages. */
  unitCode?: string | null;
}

export interface Preferences {
  preferredChannel: NotifyChannel | null;
  consents: Partial<Record<NotifyChannel, ConsentState>>;
}

export interface PlanInput {
  audience: 'citizen' | 'staff';
  contact: Contact;
  preferences?: Preferences;
  /** Channels a citizen who said nothing is taken to accept, when they gave the address (NOTIFY_DEFAULT_CONSENT). */
  defaultConsent: readonly NotifyChannel[];
  /** A channel with a provider and a published template for this kind. */
  available: (channel: NotifyChannel) => boolean;
}

export function addressFor(contact: Contact, channel: NotifyChannel): string | undefined {
  return (channel === 'email' ? contact.email : contact.phone) ?? undefined;
}

/** May we write to this recipient on this channel at all? An explicit "withdrawn" always wins. */
export function isAllowed(input: PlanInput, channel: NotifyChannel): boolean {
  if (!addressFor(input.contact, channel) || !input.available(channel)) return false;
  if (input.audience === 'staff') return channel !== 'zalo';
  const consent = input.preferences?.consents[channel];
  if (consent === 'withdrawn') return false;
  if (consent === 'granted') return true;
  return input.defaultConsent.includes(channel) || (channel === 'zalo' && !!input.contact.zaloImplied);
}

/**
 * The channels a message goes out on. The phone gets one message, Zalo or SMS (Zalo where allowed, unless SMS is
 * preferred); e-mail comes on top, or alone when it is the preferred channel.
 */
export function planChannels(input: PlanInput): NotifyChannel[] {
  const allowed = (c: NotifyChannel) => isAllowed(input, c);
  const preferred = input.preferences?.preferredChannel ?? null;
  if (preferred === 'email' && allowed('email')) return ['email'];
  const phoneOrder: NotifyChannel[] = preferred === 'sms' ? ['sms', 'zalo'] : ['zalo', 'sms'];
  const phone = phoneOrder.find(allowed);
  return [...(phone ? [phone] : []), ...(allowed('email') ? (['email'] as const) : [])];
}

/** Where to turn when a channel fails for good (Zalo → SMS → e-mail; e-mail → the phone). */
const FALLBACK: Record<NotifyChannel, NotifyChannel[]> = { zalo: ['sms', 'email'], sms: ['email'], email: ['zalo', 'sms'] };

export function fallbackChannels(input: PlanInput, failed: NotifyChannel): NotifyChannel[] {
  return FALLBACK[failed].filter((c) => isAllowed(input, c));
}
