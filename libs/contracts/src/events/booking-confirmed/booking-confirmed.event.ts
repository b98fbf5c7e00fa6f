import { IsISO8601, IsOptional, IsString } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineEvent } from '../../core/contract';
import { NotifyContact } from '../dossier-received/dossier-received.event';

/** A slot is booked: notification confirms it to the citizen. Contact only: no name, no ID number. */
export class BookingConfirmedV1 {
  @IsString() bookingCode: string;
  @IsString() unitCode: string;
  @IsString() deskName: string;
  @IsString() sessionName: string;
  @IsISO8601() slotStart: string;
  @IsISO8601() slotEnd: string;
  @IsOptional() @IsString() procedureCode?: string;
  @NestedObject(() => NotifyContact) contact: NotifyContact;
}

export const BookingConfirmed = defineEvent('scheduling.evt.booking.confirmed.v1', BookingConfirmedV1);
