import { IsOptional, IsString, Length } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { IsIsoDay } from '../../values/schedule/schedule-values';
import type { BookingView } from '../../commands/book-slot/book-slot.command';

/** Who booked the desk's sessions on a day, for the counter staff. */
export class DeskBookingsQuery extends StaffQueryEnvelope {
  @IsIsoDay() date: string;
  /** The actor's unit when absent. */
  @IsOptional() @IsString() @Length(1, 32) unitCode?: string;
}

export interface DeskBookingView extends BookingView {
  citizen: { fullName: string; phone: string };
  bookedAt: string;
}

export const DeskBookings = defineRpc<DeskBookingsQuery, DeskBookingView[]>('scheduling.qry.desk-bookings', DeskBookingsQuery);
