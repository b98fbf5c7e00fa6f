import { Controller } from '@nestjs/common';
import { ResolveTransfer, type ResolveTransferCommand, type TransferView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { ResolveTransferUseCase } from './resolve-transfer.use-case';

@Controller()
export class ResolveTransferHandler {
  constructor(private readonly useCase: ResolveTransferUseCase) {}

  @OnRpc(ResolveTransfer)
  handle(command: ResolveTransferCommand): Promise<TransferView> {
    return this.useCase.execute(command);
  }
}
