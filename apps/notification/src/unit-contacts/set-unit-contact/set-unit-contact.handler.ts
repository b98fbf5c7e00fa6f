import { Controller } from '@nestjs/common';
import { SetUnitContact, type SetUnitContactCommand, type UnitContactView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { SetUnitContactUseCase } from './set-unit-contact.use-case';

@Controller()
export class SetUnitContactHandler {
  constructor(private readonly useCase: SetUnitContactUseCase) {}

  @OnRpc(SetUnitContact)
  handle(command: SetUnitContactCommand): Promise<UnitContactView> {
    return this.useCase.execute(command);
  }
}
