import type { NotifyChannel, TemplateKind } from '@motcua/contracts';

/** Kept as local names: a template is named by its kind. */
export type TemplateName = TemplateKind;
export type DeliveryChannel = NotifyChannel;

/** One version of the wording of a kind on a channel (stored in notification.templates). */
export interface MessageTemplate {
  name: TemplateName;
  version: number;
  channel: DeliveryChannel;
  /** E-mail only. */
  subject?: string;
  /** Text with named placeholders, `{dossierCode}`. */
  body: string;
  /** Zalo only: the ZNS template Zalo approved for this wording. */
  providerTemplateId?: string;
}
