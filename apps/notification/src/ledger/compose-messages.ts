import { currentTemplate, type DeliveryChannel, type TemplateName } from '../templates/message-templates';
import { renderTemplate, type TemplateValues } from '../templates/render-template';

/** How a citizen can be reached: what intake passed on in DossierReceived, nothing more. */
export interface Recipient {
  phone?: string | null;
  email?: string | null;
}

/** One message to record in the ledger, rendered and addressed. */
export interface PlannedMessage {
  template: TemplateName;
  templateVersion: number;
  channel: DeliveryChannel;
  address: string;
  subject?: string;
  body: string;
}

/** One message per channel the recipient can be reached on (SMS if a phone, e-mail if an address). */
export function composeMessages(template: TemplateName, recipient: Recipient, values: TemplateValues): PlannedMessage[] {
  const addresses: [DeliveryChannel, string | null | undefined][] = [
    ['sms', recipient.phone],
    ['email', recipient.email],
  ];
  return addresses
    .filter((entry): entry is [DeliveryChannel, string] => !!entry[1])
    .map(([channel, address]) => {
      const chosen = currentTemplate(template, channel);
      return { template, templateVersion: chosen.version, channel, address, ...renderTemplate(chosen, values) };
    });
}
