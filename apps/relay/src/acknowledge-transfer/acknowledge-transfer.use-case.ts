import { Injectable } from '@nestjs/common';
import { TransferAcknowledged, type AcknowledgeTransferCommand, type TransferAcknowledgedV1, type TransferView } from '@motcua/contracts';
import { TransferActions } from '../office-actions/transfer-actions';
import { TransferRepository } from '../transfers/transfer-repository';

/** The office confirms it has the dossier: the handover is signed for on the process-control slip. */
@Injectable()
export class AcknowledgeTransferUseCase {
  constructor(
    private readonly actions: TransferActions,
    private readonly transfers: TransferRepository,
  ) {}

  execute(command: AcknowledgeTransferCommand): Promise<TransferView> {
    return this.actions.run(command, { name: 'acknowledge-transfer', side: 'office', from: ['sent'] }, async ({ uow, transfer, actor, at }) => {
      await this.transfers.recordHandover(uow.manager, {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        step: 'received',
        fromUnitCode: transfer.from_unit_code,
        toUnitCode: transfer.to_unit_code,
        receivedBy: actor.staffId,
        at,
      });
      const event: TransferAcknowledgedV1 = {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        unitCode: transfer.to_unit_code,
        staffId: actor.staffId,
        acknowledgedAt: at.toISOString(),
      };
      await uow.publish(TransferAcknowledged.subject, event);
      return { status: 'acknowledged', acknowledged_at: at, acknowledged_by: actor.staffId };
    });
  }
}
