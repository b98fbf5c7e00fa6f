import type { DossierReceivedV1 } from '@motcua/contracts';
import { formatVietnamTime } from '../templates/format-vietnam-time';
import type { Notice } from '../ledger/message-recorder';
import { dossierRecipient } from '../contacts/contact-store';

/** The receipt notice of a reception: once per dossier, to the contact the citizen gave at the desk. */
export function receiptNotice(event: DossierReceivedV1): Notice {
  return {
    kind: 'receipt',
    eventKey: `receipt:${event.dossierCode}`,
    recipientKey: dossierRecipient(event.dossierCode),
    contact: receiptContact(event),
    dossierCode: event.dossierCode,
    unitCode: event.receivingUnitCode,
    values: {
      dossierCode: event.dossierCode,
      procedureName: event.procedureName,
      receivedAt: formatVietnamTime(event.receivedAt),
      appointmentAt: formatVietnamTime(event.appointmentAt),
    },
  };
}

/** A dossier received over Zalo: the citizen chose Zalo to talk to us, so Zalo counts as consented. */
export function receiptContact(event: DossierReceivedV1) {
  return { ...event.contact, zaloImplied: event.channel === 'zalo', unitCode: event.receivingUnitCode };
}
