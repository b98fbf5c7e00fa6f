import { Controller } from '@nestjs/common';
import { SubmitDossier, type Receipt, type SubmitDossierCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { SubmitDossierUseCase } from './submit-dossier.use-case';

@Controller()
export class SubmitDossierHandler {
  constructor(private readonly useCase: SubmitDossierUseCase) {}

  @OnRpc(SubmitDossier)
  handle(command: SubmitDossierCommand): Promise<Receipt> {
    return this.useCase.execute(command);
  }
}
