import { Controller } from '@nestjs/common';
import { TakeQueueTicket, type QueueTicketView, type TakeQueueTicketCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { TakeTicketUseCase } from './take-ticket.use-case';

@Controller()
export class TakeTicketHandler {
  constructor(private readonly useCase: TakeTicketUseCase) {}

  @OnRpc(TakeQueueTicket)
  handle(command: TakeQueueTicketCommand): Promise<QueueTicketView> {
    return this.useCase.execute(command);
  }
}
