import { Injectable } from '@nestjs/common';
import { AppError, BookingCancelled, type BookingCancelledV1, type BookingView, type CancelBookingCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { ReferenceReplica } from '../../reference/reference-replica';
import { UnitScheduleStore } from '../../schedules/unit-schedule.store';
import { BookingStore, toBookingView } from '../booking-store';

/** The citizen cancels with the booking code and the phone's last 4 digits; the seat goes back to the slot. */
@Injectable()
export class CancelBookingUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly bookings: BookingStore,
    private readonly schedules: UnitScheduleStore,
    private readonly reference: ReferenceReplica,
  ) {}

  async execute(command: CancelBookingCommand, now = new Date()): Promise<BookingView> {
    const { bookingCode, body } = command;
    return runIdempotent(this.runner, { command: 'cancel-booking', key: command.idempotencyKey, request: { bookingCode, body } }, async (uow) => {
      const booking = await this.bookings.findByCode(uow.manager, bookingCode, true);
      // A wrong second factor looks exactly like an unknown code: the code alone reveals nothing.
      if (!booking || booking.phone.slice(-4) !== body.phoneLast4) throw AppError.notFound('lịch hẹn');
      if (booking.status === 'cancelled') throw AppError.conflict('already_cancelled', 'Lịch hẹn đã được hủy trước đó (status: cancelled)');
      if (booking.slot_start.getTime() <= now.getTime()) throw AppError.rule('slot_passed', 'Khung giờ đã bắt đầu hoặc đã qua; không thể hủy');
      await this.bookings.cancel(uow.manager, booking.id, now);
      await this.bookings.release(uow.manager, booking);
      const session = await this.schedules.session(booking.session_id, uow.manager);
      const deskName = this.reference.findUnit(booking.unit_code)?.deskName ?? booking.unit_code;
      const event: BookingCancelledV1 = {
        bookingCode,
        unitCode: booking.unit_code,
        deskName,
        slotStart: booking.slot_start.toISOString(),
        cancelledAt: now.toISOString(),
        contact: { phone: booking.phone, ...(booking.email ? { email: booking.email } : {}) },
      };
      await uow.publish(BookingCancelled.subject, event);
      return toBookingView({ ...booking, status: 'cancelled' }, session.name, deskName);
    });
  }
}
