import { Injectable } from '@nestjs/common';
import type { ResolveTransferCommand, TransferView } from '@motcua/contracts';
import { SendResultBack } from '../office-actions/send-result-back';
import { TransferActions } from '../office-actions/transfer-actions';
import { TransferRepository } from '../transfers/transfer-repository';

/**
 * The handler settles the dossier. Where the procedure's step plan has the head approve and sign, the result
 * waits for the head; otherwise it goes back to the receiving desk at once.
 */
@Injectable()
export class ResolveTransferUseCase {
  constructor(
    private readonly actions: TransferActions,
    private readonly transfers: TransferRepository,
    private readonly sendBack: SendResultBack,
  ) {}

  execute(command: ResolveTransferCommand): Promise<TransferView> {
    return this.actions.run(command, { name: 'resolve-transfer', side: 'office', from: ['acknowledged'] }, async ({ uow, transfer, actor, at }) => {
      if (!transfer.head_approval_required) return this.sendBack.resolved(uow, transfer, actor.staffId, at, command.body);
      await this.transfers.recordHandover(uow.manager, {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        step: 'resolved',
        fromUnitCode: transfer.to_unit_code,
        toUnitCode: transfer.to_unit_code,
        givenBy: actor.staffId,
        at,
        note: 'Trình lãnh đạo phê duyệt, ký',
      });
      return { status: 'awaiting-approval', resolved_by: actor.staffId, result_ref: command.body.resultRef, summary: command.body.summary };
    });
  }
}
