import { Injectable } from '@nestjs/common';
import type { TransferActionCommand, TransferView } from '@motcua/contracts';
import { SendResultBack } from '../office-actions/send-result-back';
import { TransferActions } from '../office-actions/transfer-actions';

/** The office head approves and signs the handler's result; then it goes back to the receiving desk. */
@Injectable()
export class ApproveTransferUseCase {
  constructor(
    private readonly actions: TransferActions,
    private readonly sendBack: SendResultBack,
  ) {}

  execute(command: TransferActionCommand): Promise<TransferView> {
    return this.actions.run(command, { name: 'approve-transfer', side: 'office-head', from: ['awaiting-approval'] }, async ({ uow, transfer, actor, at }) => {
      const result = { resultRef: transfer.result_ref ?? '', summary: transfer.summary ?? '' };
      const changes = await this.sendBack.resolved(uow, transfer, actor.staffId, at, result, 'approved');
      return { ...changes, approved_at: at, approved_by: actor.staffId };
    });
  }
}
