import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BookingCancelled, type BookingCancelledV1 } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { bookingNotice } from '../bookings/booking-notice';
import { NoticeConsumer } from '../ledger/notice-consumer';

/** The citizen cancelled a booking: acknowledge it, once. */
@Controller()
export class NotifyBookingCancelledHandler {
  constructor(private readonly notices: NoticeConsumer) {}

  @OnEvent(BookingCancelled)
  handle(@Payload() event: BookingCancelledV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.notices.consume(ctx, async () => [bookingNotice('booking-cancelled', event)]);
  }
}
