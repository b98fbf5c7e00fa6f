/** The channels notification sends on. SMS and Zalo go to the citizen's phone number; e-mail to an address. */
export const NOTIFY_CHANNELS = ['sms', 'zalo', 'email'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

/**
 * Every kind of message notification knows how to word. Each kind has versioned templates per channel and a fixed
 * set of placeholders (notification's template catalogue). Kinds whose event does not exist yet are listed too:
 * their templates can be written and published before the producer ships.
 */
export const TEMPLATE_KINDS = [
  'receipt',
  'supplement-request',
  'refusal',
  'apology',
  'result-ready-desk',
  'result-ready-post',
  'result-ready-home',
  'result-returned',
  'booking-confirmed',
  'booking-reminder',
  'booking-cancelled',
  'after-hours-session-cancelled',
  'after-hours-session-rescheduled',
  'transfer-near-deadline',
  'transfer-late',
  'transfer-paper-not-sent',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** A citizen's answer for one channel; no record means the deployment's default (see notification's README). */
export const CONSENT_STATES = ['granted', 'withdrawn'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** How the desk learnt the citizen's wish: the signed receipt form, a request at the desk, a phone call. */
export const CONSENT_SOURCES = ['desk-form', 'citizen-request', 'phone-call'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** created → sending → delivered | temporary-failure (retried) | permanent-failure; cancelled: consent withdrawn before it left. */
export const DELIVERY_STATUSES = ['created', 'sending', 'delivered', 'temporary-failure', 'permanent-failure', 'cancelled'] as const;
export type DeliveryStatusName = (typeof DELIVERY_STATUSES)[number];
