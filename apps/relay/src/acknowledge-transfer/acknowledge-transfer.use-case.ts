import { Injectable } from '@nestjs/common';
import {
  AppError,
  TransferAcknowledged,
  type AcknowledgeTransferCommand,
  type TransferAcknowledgedV1,
  type TransferView,
} from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { LegalCalendarSource } from '@motcua/platform';

import { assertOfficeStaff } from '../authorization/office-access';
import { TransferRepository } from '../transfers/transfer-repository';
import { toTransferView } from '../transfers/transfer-row';

/** The office confirms it has the dossier: the handover is signed for on the process-control slip. */
@Injectable()
export class AcknowledgeTransferUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly transfers: TransferRepository,
    private readonly calendars: LegalCalendarSource,
  ) {}

  async execute(command: AcknowledgeTransferCommand): Promise<TransferView> {
    const { actor, transferId } = command;
    assertOfficeStaff(actor);
    return runIdempotent(this.runner, { command: 'acknowledge-transfer', key: command.idempotencyKey, request: { actor, transferId } }, async (uow) => {
      const transfer = await this.transfers.get(transferId, uow.manager, true);
      assertOfficeStaff(actor, transfer.to_unit_code);
      if (transfer.status !== 'sent') throw AppError.conflict('already_acknowledged', `transfer is already ${transfer.status}`);
      const at = new Date();
      await uow.manager.query(
        `UPDATE relay.transfers SET status = 'acknowledged', acknowledged_at = $2, acknowledged_by = $3, version = version + 1 WHERE id = $1`,
        [transferId, at, actor.staffId],
      );
      await this.transfers.recordHandover(uow.manager, {
        transferId,
        dossierCode: transfer.dossier_code,
        step: 'received',
        fromUnitCode: transfer.from_unit_code,
        toUnitCode: transfer.to_unit_code,
        receivedBy: actor.staffId,
        at,
      });
      const event: TransferAcknowledgedV1 = {
        transferId,
        dossierCode: transfer.dossier_code,
        unitCode: transfer.to_unit_code,
        staffId: actor.staffId,
        acknowledgedAt: at.toISOString(),
      };
      await uow.publish(TransferAcknowledged.subject, event);
      return toTransferView({ ...transfer, status: 'acknowledged', acknowledged_at: at }, this.calendars.current());
    });
  }
}
