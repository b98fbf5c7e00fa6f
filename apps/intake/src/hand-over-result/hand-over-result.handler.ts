import { Controller } from '@nestjs/common';
import { HandOverResult, type HandOverResultCommand, type HandOverResultResponse } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { HandOverResultUseCase } from './hand-over-result.use-case';

@Controller()
export class HandOverResultHandler {
  constructor(private readonly useCase: HandOverResultUseCase) {}

  @OnRpc(HandOverResult)
  handle(command: HandOverResultCommand): Promise<HandOverResultResponse> {
    return this.useCase.execute(command);
  }
}
