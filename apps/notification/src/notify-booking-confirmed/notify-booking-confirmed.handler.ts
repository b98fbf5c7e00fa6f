import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BookingConfirmed, type BookingConfirmedV1 } from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { bookingNotice, bookingRecipient } from '../bookings/booking-notice';
import { ContactStore } from '../contacts/contact-store';
import { NoticeConsumer } from '../ledger/notice-consumer';

/** A slot is booked: confirm it, and keep the contact for the booking's later messages (session changes). */
@Controller()
export class NotifyBookingConfirmedHandler {
  constructor(
    private readonly notices: NoticeConsumer,
    private readonly contacts: ContactStore,
  ) {}

  @OnEvent(BookingConfirmed)
  handle(@Payload() event: BookingConfirmedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.notices.consume(ctx, async (manager) => {
      const notice = bookingNotice('booking-confirmed', event);
      await this.contacts.saveOnce(manager, bookingRecipient(event.bookingCode), notice.contact);
      return [notice];
    });
  }
}
