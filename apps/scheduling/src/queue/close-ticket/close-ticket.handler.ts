import { Controller } from '@nestjs/common';
import { CloseQueueTicket, type CloseQueueTicketCommand, type QueueTicketView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { CloseTicketUseCase } from './close-ticket.use-case';

@Controller()
export class CloseTicketHandler {
  constructor(private readonly useCase: CloseTicketUseCase) {}

  @OnRpc(CloseQueueTicket)
  handle(command: CloseQueueTicketCommand): Promise<QueueTicketView> {
    return this.useCase.execute(command);
  }
}
