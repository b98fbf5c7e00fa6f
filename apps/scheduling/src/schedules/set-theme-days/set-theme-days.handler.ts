import { Controller } from '@nestjs/common';
import { SetThemeDays, type SetThemeDaysCommand, type UnitScheduleView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { SetThemeDaysUseCase } from './set-theme-days.use-case';

@Controller()
export class SetThemeDaysHandler {
  constructor(private readonly useCase: SetThemeDaysUseCase) {}

  @OnRpc(SetThemeDays)
  handle(command: SetThemeDaysCommand): Promise<UnitScheduleView> {
    return this.useCase.execute(command);
  }
}
