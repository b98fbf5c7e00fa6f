import { IsISO8601, IsString } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineEvent } from '../../core/contract';
import { NotifyContact } from '../dossier-received/dossier-received.event';

/** A booked slot is near (BOOKING_REMINDER_HOURS ahead): notification reminds the citizen, once per booking. */
export class BookingReminderDueV1 {
  @IsString() bookingCode: string;
  @IsString() unitCode: string;
  @IsString() deskName: string;
  @IsString() sessionName: string;
  @IsISO8601() slotStart: string;
  @NestedObject(() => NotifyContact) contact: NotifyContact;
}

export const BookingReminderDue = defineEvent('scheduling.evt.booking.reminder-due.v1', BookingReminderDueV1);
