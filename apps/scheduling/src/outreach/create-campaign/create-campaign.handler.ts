import { Controller } from '@nestjs/common';
import { CreateOutreachCampaign, type CreateOutreachCampaignCommand, type OutreachCampaignView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { CreateCampaignUseCase } from './create-campaign.use-case';

@Controller()
export class CreateCampaignHandler {
  constructor(private readonly useCase: CreateCampaignUseCase) {}

  @OnRpc(CreateOutreachCampaign)
  handle(command: CreateOutreachCampaignCommand): Promise<OutreachCampaignView> {
    return this.useCase.execute(command);
  }
}
