import { Injectable } from '@nestjs/common';
import { AppError, PaperDispatched, type PaperDispatchedV1, type TransferActionCommand, type TransferView } from '@motcua/contracts';
import { classifyCompletion } from '@motcua/working-days';
import { TransferActions } from '../office-actions/transfer-actions';
import { TransferRepository } from '../transfers/transfer-repository';

/** The desk records that the paper dossier left for the office, on time or not against the 15:00 rule. */
@Injectable()
export class RecordPaperDispatchUseCase {
  constructor(
    private readonly actions: TransferActions,
    private readonly transfers: TransferRepository,
  ) {}

  execute(command: TransferActionCommand): Promise<TransferView> {
    const open = ['sent', 'acknowledged', 'awaiting-supplement', 'awaiting-approval'] as const;
    return this.actions.run(command, { name: 'record-paper-dispatch', side: 'desk', from: open }, async ({ uow, transfer, actor, at }) => {
      if (!transfer.paper_due_at) throw AppError.conflict('no_paper', 'Hồ sơ này chỉ luân chuyển điện tử, không có hồ sơ giấy');
      if (transfer.paper_sent_at) throw AppError.conflict('paper_already_sent', `Hồ sơ giấy đã được chuyển đi lúc ${transfer.paper_sent_at.toISOString()}`);
      const timeliness = classifyCompletion(at, transfer.paper_due_at);
      await this.transfers.recordHandover(uow.manager, {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        step: 'paper-sent',
        fromUnitCode: transfer.from_unit_code,
        toUnitCode: transfer.to_unit_code,
        givenBy: actor.staffId,
        at,
        timeliness,
      });
      const event: PaperDispatchedV1 = {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        fromUnitCode: transfer.from_unit_code,
        toUnitCode: transfer.to_unit_code,
        staffId: actor.staffId,
        dispatchedAt: at.toISOString(),
        timeliness,
      };
      await uow.publish(PaperDispatched.subject, event);
      return { paper_sent_at: at };
    });
  }
}
