import { Controller } from '@nestjs/common';
import { RecordOutreachVisit, type OutreachCampaignView, type RecordOutreachVisitCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { RecordVisitUseCase } from './record-visit.use-case';

@Controller()
export class RecordVisitHandler {
  constructor(private readonly useCase: RecordVisitUseCase) {}

  @OnRpc(RecordOutreachVisit)
  handle(command: RecordOutreachVisitCommand): Promise<OutreachCampaignView> {
    return this.useCase.execute(command);
  }
}
