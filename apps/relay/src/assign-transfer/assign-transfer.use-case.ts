import { Injectable } from '@nestjs/common';
import { AppError, TransferAssigned, type AssignTransferCommand, type TransferAssignedV1, type TransferView } from '@motcua/contracts';
import { TransferActions } from '../office-actions/transfer-actions';
import { TransferRepository } from '../transfers/transfer-repository';

/** The head assigns the dossier to a handler; a handler may take it on themselves. */
@Injectable()
export class AssignTransferUseCase {
  constructor(
    private readonly actions: TransferActions,
    private readonly transfers: TransferRepository,
  ) {}

  execute(command: AssignTransferCommand): Promise<TransferView> {
    const { assigneeStaffId } = command.body;
    const isHead = command.actor.roles.includes('office-head');
    if (!isHead && assigneeStaffId !== command.actor.staffId) {
      throw AppError.forbidden('Cán bộ xử lý chỉ tự nhận phiếu chuyển cho mình; lãnh đạo phòng mới giao cho người khác');
    }
    return this.actions.run(command, { name: 'assign-transfer', side: 'office', from: ['sent', 'acknowledged'] }, async ({ uow, transfer, actor, at }) => {
      await this.transfers.recordHandover(uow.manager, {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        step: 'assigned',
        fromUnitCode: transfer.to_unit_code,
        toUnitCode: transfer.to_unit_code,
        givenBy: actor.staffId,
        receivedBy: assigneeStaffId,
        at,
      });
      const event: TransferAssignedV1 = {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        unitCode: transfer.to_unit_code,
        assigneeStaffId,
        assignedBy: actor.staffId,
        assignedAt: at.toISOString(),
      };
      await uow.publish(TransferAssigned.subject, event);
      return { assigned_to: assigneeStaffId };
    });
  }
}
