import { Controller } from '@nestjs/common';
import { AcknowledgeTransfer, type AcknowledgeTransferCommand, type TransferView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { AcknowledgeTransferUseCase } from './acknowledge-transfer.use-case';

@Controller()
export class AcknowledgeTransferHandler {
  constructor(private readonly useCase: AcknowledgeTransferUseCase) {}

  @OnRpc(AcknowledgeTransfer)
  handle(command: AcknowledgeTransferCommand): Promise<TransferView> {
    return this.useCase.execute(command);
  }
}
