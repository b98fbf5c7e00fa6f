import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BookingReminderDue, type BookingReminderDueV1 } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { bookingNotice } from '../bookings/booking-notice';
import { NoticeConsumer } from '../ledger/notice-consumer';

/** A booked slot is near: remind the citizen, once per booking (held until morning if due at night). */
@Controller()
export class NotifyBookingReminderHandler {
  constructor(private readonly notices: NoticeConsumer) {}

  @OnEvent(BookingReminderDue)
  handle(@Payload() event: BookingReminderDueV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.notices.consume(ctx, async () => [bookingNotice('booking-reminder', event)]);
  }
}
