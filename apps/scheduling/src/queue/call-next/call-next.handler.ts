import { Controller } from '@nestjs/common';
import { CallNextTicket, type CallNextTicketCommand, type QueueTicketView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { CallNextUseCase } from './call-next.use-case';

@Controller()
export class CallNextHandler {
  constructor(private readonly useCase: CallNextUseCase) {}

  @OnRpc(CallNextTicket)
  handle(command: CallNextTicketCommand): Promise<QueueTicketView> {
    return this.useCase.execute(command);
  }
}
