import { Controller } from '@nestjs/common';
import { SetDeskHours, type SetDeskHoursCommand, type UnitScheduleView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { SetDeskHoursUseCase } from './set-desk-hours.use-case';

@Controller()
export class SetDeskHoursHandler {
  constructor(private readonly useCase: SetDeskHoursUseCase) {}

  @OnRpc(SetDeskHours)
  handle(command: SetDeskHoursCommand): Promise<UnitScheduleView> {
    return this.useCase.execute(command);
  }
}
