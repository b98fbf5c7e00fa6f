import type { DossierReceivedV1 } from '@motcua/contracts';
import { formatVietnamTime } from '../templates/format-vietnam-time';
import type { TemplateValues } from '../templates/render-template';

/** The receipt template's placeholders, from the reception fact. */
export function receiptValues(event: DossierReceivedV1): TemplateValues {
  return {
    dossierCode: event.dossierCode,
    procedureName: event.procedureName,
    receivedAt: formatVietnamTime(event.receivedAt),
    appointmentAt: formatVietnamTime(event.appointmentAt),
  };
}
