import { Controller } from '@nestjs/common';
import { BookSlot, type BookingView, type BookSlotCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { BookSlotUseCase } from './book-slot.use-case';

@Controller()
export class BookSlotHandler {
  constructor(private readonly useCase: BookSlotUseCase) {}

  @OnRpc(BookSlot)
  handle(command: BookSlotCommand): Promise<BookingView> {
    return this.useCase.execute(command);
  }
}
