import { IsISO8601, IsString } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineEvent } from '../../core/contract';
import { NotifyContact } from '../dossier-received/dossier-received.event';

/** A booking is cancelled by the citizen: notification acknowledges it. */
export class BookingCancelledV1 {
  @IsString() bookingCode: string;
  @IsString() unitCode: string;
  @IsString() deskName: string;
  @IsISO8601() slotStart: string;
  @IsISO8601() cancelledAt: string;
  @NestedObject(() => NotifyContact) contact: NotifyContact;
}

export const BookingCancelled = defineEvent('scheduling.evt.booking.cancelled.v1', BookingCancelledV1);
