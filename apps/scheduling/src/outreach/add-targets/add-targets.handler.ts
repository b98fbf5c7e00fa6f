import { Controller } from '@nestjs/common';
import { AddOutreachTargets, type AddOutreachTargetsCommand, type OutreachCampaignView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { AddTargetsUseCase } from './add-targets.use-case';

@Controller()
export class AddTargetsHandler {
  constructor(private readonly useCase: AddTargetsUseCase) {}

  @OnRpc(AddOutreachTargets)
  handle(command: AddOutreachTargetsCommand): Promise<OutreachCampaignView> {
    return this.useCase.execute(command);
  }
}
