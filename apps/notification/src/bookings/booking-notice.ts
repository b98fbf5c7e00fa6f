import type { NotifyContact, TemplateKind } from '@motcua/contracts';
import type { Notice } from '../ledger/message-recorder';
import { formatVietnamTime } from '../templates/format-vietnam-time';

export const bookingRecipient = (bookingCode: string): string => `booking:${bookingCode}`;

interface BookingFacts {
  bookingCode: string;
  unitCode: string;
  deskName: string;
  slotStart: string;
  sessionName?: string;
  contact: NotifyContact;
}

/** A booking message: once per booking and kind (a reminder is due once per booking). */
export function bookingNotice(kind: TemplateKind, event: BookingFacts): Notice {
  return {
    kind,
    eventKey: `${kind}:${event.bookingCode}`,
    recipientKey: bookingRecipient(event.bookingCode),
    contact: { ...event.contact, unitCode: event.unitCode },
    unitCode: event.unitCode,
    values: {
      bookingCode: event.bookingCode,
      deskName: event.deskName,
      slotAt: formatVietnamTime(event.slotStart),
      sessionName: event.sessionName,
    },
  };
}
