import { Controller } from '@nestjs/common';
import { RecordSupplement, type RecordSupplementCommand, type RecordSupplementResponse } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { RecordSupplementUseCase } from './record-supplement.use-case';

@Controller()
export class RecordSupplementHandler {
  constructor(private readonly useCase: RecordSupplementUseCase) {}

  @OnRpc(RecordSupplement)
  handle(command: RecordSupplementCommand): Promise<RecordSupplementResponse> {
    return this.useCase.execute(command);
  }
}
