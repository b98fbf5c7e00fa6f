import { Controller } from '@nestjs/common';
import { SetProvinceDays, type CalendarYearView, type SetProvinceDaysCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { SetProvinceDaysUseCase } from './set-province-days.use-case';

@Controller()
export class SetProvinceDaysHandler {
  constructor(private readonly useCase: SetProvinceDaysUseCase) {}

  @OnRpc(SetProvinceDays)
  handle(command: SetProvinceDaysCommand): Promise<CalendarYearView> {
    return this.useCase.execute(command);
  }
}
