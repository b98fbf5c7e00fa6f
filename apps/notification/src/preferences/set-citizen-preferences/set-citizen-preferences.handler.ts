import { Controller } from '@nestjs/common';
import { SetCitizenPreferences, type CitizenPreferencesView, type SetCitizenPreferencesCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { SetCitizenPreferencesUseCase } from './set-citizen-preferences.use-case';

@Controller()
export class SetCitizenPreferencesHandler {
  constructor(private readonly useCase: SetCitizenPreferencesUseCase) {}

  @OnRpc(SetCitizenPreferences)
  handle(command: SetCitizenPreferencesCommand): Promise<CitizenPreferencesView> {
    return this.useCase.execute(command);
  }
}
