import { Matches } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { PublicCommandEnvelope } from '../public-command/public-command.envelope';
import { BOOKING_CODE_PATTERN } from '../../values/schedule/schedule-values';
import type { BookingView } from '../book-slot/book-slot.command';

export class CancelBookingBody {
  /** The second factor: the last 4 digits of the phone given when booking. */
  @Matches(/^\d{4}$/, { message: 'phải là 4 chữ số cuối của số điện thoại đã khai khi đặt lịch' }) phoneLast4: string;
}

export class CancelBookingCommand extends PublicCommandEnvelope {
  @Matches(BOOKING_CODE_PATTERN, { message: 'phải là mã đặt lịch dạng DL-7K3M-9QX2' }) bookingCode: string;
  @NestedObject(() => CancelBookingBody) body: CancelBookingBody;
}

export const CancelBooking = defineRpc<CancelBookingCommand, BookingView>('scheduling.cmd.cancel-booking', CancelBookingCommand);
