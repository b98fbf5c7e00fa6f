import { Injectable } from '@nestjs/common';
import { SupplementRequested, type RequestSupplementCommand, type SupplementRequestedV1, type TransferView } from '@motcua/contracts';
import { TransferActions } from '../office-actions/transfer-actions';
import { TransferRepository } from '../transfers/transfer-repository';

/**
 * The office asks for more, in writing, through the receiving desk. The clock stops until the complete dossier
 * is back and then restarts from zero — once: a second request counts the dossier as late (DOMAIN.md §1.2, 3a).
 */
@Injectable()
export class RequestSupplementUseCase {
  constructor(
    private readonly actions: TransferActions,
    private readonly transfers: TransferRepository,
  ) {}

  execute(command: RequestSupplementCommand): Promise<TransferView> {
    return this.actions.run(command, { name: 'request-supplement', side: 'office', from: ['acknowledged'] }, async ({ uow, transfer, actor, at }) => {
      const requestNumber = transfer.supplement_count + 1;
      const items = command.body.items.map(({ name, reason }) => ({ name, reason }));
      await this.transfers.recordHandover(uow.manager, {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        step: 'supplement-requested',
        fromUnitCode: transfer.to_unit_code,
        toUnitCode: transfer.receiving_unit_code,
        givenBy: actor.staffId,
        at,
        note: requestNumber > 1 ? 'Yêu cầu bổ sung lần thứ hai: hồ sơ tính là quá hạn' : null,
      });
      const event: SupplementRequestedV1 = {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        unitCode: transfer.to_unit_code,
        receivingUnitCode: transfer.receiving_unit_code,
        items,
        requestNumber,
        requestedAt: at.toISOString(),
      };
      await uow.publish(SupplementRequested.subject, event);
      return { status: 'awaiting-supplement', supplement_count: requestNumber, supplement_items: items, counted_late: transfer.counted_late || requestNumber > 1 };
    });
  }
}
