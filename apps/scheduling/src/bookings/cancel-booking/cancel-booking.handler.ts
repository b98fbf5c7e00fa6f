import { Controller } from '@nestjs/common';
import { CancelBooking, type BookingView, type CancelBookingCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { CancelBookingUseCase } from './cancel-booking.use-case';

@Controller()
export class CancelBookingHandler {
  constructor(private readonly useCase: CancelBookingUseCase) {}

  @OnRpc(CancelBooking)
  handle(command: CancelBookingCommand): Promise<BookingView> {
    return this.useCase.execute(command);
  }
}
