import { Controller } from '@nestjs/common';
import { SubmitBundle, type BundleReceipt, type SubmitBundleCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { SubmitBundleUseCase } from './submit-bundle.use-case';

@Controller()
export class SubmitBundleHandler {
  constructor(private readonly useCase: SubmitBundleUseCase) {}

  @OnRpc(SubmitBundle)
  handle(command: SubmitBundleCommand): Promise<BundleReceipt> {
    return this.useCase.execute(command);
  }
}
