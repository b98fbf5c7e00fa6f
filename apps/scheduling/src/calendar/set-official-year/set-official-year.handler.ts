import { Controller } from '@nestjs/common';
import { SetOfficialYear, type CalendarYearView, type SetOfficialYearCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { SetOfficialYearUseCase } from './set-official-year.use-case';

@Controller()
export class SetOfficialYearHandler {
  constructor(private readonly useCase: SetOfficialYearUseCase) {}

  @OnRpc(SetOfficialYear)
  handle(command: SetOfficialYearCommand): Promise<CalendarYearView> {
    return this.useCase.execute(command);
  }
}
