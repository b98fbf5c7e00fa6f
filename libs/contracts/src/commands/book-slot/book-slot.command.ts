import { IsEmail, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { PublicCommandEnvelope } from '../public-command/public-command.envelope';
import { CLOCK_TIME_PATTERN, IsIsoDay } from '../../values/schedule/schedule-values';

export class BookingCitizen {
  @IsString() @Length(2, 120) fullName: string;
  /** Only its keyed hash is kept: it enforces the per-person daily limit. */
  @Matches(/^\d{12}$/, { message: 'phải là số định danh cá nhân gồm 12 chữ số' }) idNumber: string;
  @Matches(/^0\d{9}$/, { message: 'phải là số điện thoại Việt Nam gồm 10 chữ số, bắt đầu bằng 0' }) phone: string;
  @IsOptional() @IsEmail() email?: string;
}

/** A citizen books a slot of an after-hours session (no login). */
export class BookSlotBody {
  @IsString() @Length(1, 32) unitCode: string;
  @IsUUID() sessionId: string;
  @IsIsoDay() date: string;
  @Matches(CLOCK_TIME_PATTERN, { message: 'phải là giờ dạng HH:MM' }) slotStart: string;
  @IsOptional() @IsString() @Length(1, 64) procedureCode?: string;
  @NestedObject(() => BookingCitizen) citizen: BookingCitizen;
}

export class BookSlotCommand extends PublicCommandEnvelope {
  @NestedObject(() => BookSlotBody) body: BookSlotBody;
}

export type BookingStatus = 'confirmed' | 'cancelled';

/** What the citizen gets back: the booking code to show at the counter (and to cancel with). */
export interface BookingView {
  bookingCode: string;
  status: BookingStatus;
  unitCode: string;
  deskName: string;
  sessionId: string;
  sessionName: string;
  slotStart: string;
  slotEnd: string;
  procedureCode: string | null;
}

export const BookSlot = defineRpc<BookSlotCommand, BookingView>('scheduling.cmd.book-slot', BookSlotCommand);
