import { Controller } from '@nestjs/common';
import { UpdateSession, type SessionRecord, type UpdateSessionCommand } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { UpdateSessionUseCase } from './update-session.use-case';

@Controller()
export class UpdateSessionHandler {
  constructor(private readonly useCase: UpdateSessionUseCase) {}

  @OnRpc(UpdateSession)
  handle(command: UpdateSessionCommand): Promise<SessionRecord> {
    return this.useCase.execute(command);
  }
}
