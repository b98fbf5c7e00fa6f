import { Controller } from '@nestjs/common';
import { CreateSession, type CreateSessionCommand, type SessionRecord } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { CreateSessionUseCase } from './create-session.use-case';

@Controller()
export class CreateSessionHandler {
  constructor(private readonly useCase: CreateSessionUseCase) {}

  @OnRpc(CreateSession)
  handle(command: CreateSessionCommand): Promise<SessionRecord> {
    return this.useCase.execute(command);
  }
}
