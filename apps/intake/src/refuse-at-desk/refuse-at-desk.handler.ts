import { Controller } from '@nestjs/common';
import { RefuseAtDesk, type DeskRefusal, type RefuseAtDeskCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { RefuseAtDeskUseCase } from './refuse-at-desk.use-case';

@Controller()
export class RefuseAtDeskHandler {
  constructor(private readonly useCase: RefuseAtDeskUseCase) {}

  @OnRpc(RefuseAtDesk)
  handle(command: RefuseAtDeskCommand): Promise<DeskRefusal> {
    return this.useCase.execute(command);
  }
}
