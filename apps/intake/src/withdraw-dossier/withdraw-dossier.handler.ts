import { Controller } from '@nestjs/common';
import { WithdrawDossier, type WithdrawDossierCommand, type WithdrawDossierResponse } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { WithdrawDossierUseCase } from './withdraw-dossier.use-case';

@Controller()
export class WithdrawDossierHandler {
  constructor(private readonly useCase: WithdrawDossierUseCase) {}

  @OnRpc(WithdrawDossier)
  handle(command: WithdrawDossierCommand): Promise<WithdrawDossierResponse> {
    return this.useCase.execute(command);
  }
}
