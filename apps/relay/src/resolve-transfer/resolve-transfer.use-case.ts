import { Injectable } from '@nestjs/common';
import {
  AppError,
  DossierResolved,
  ResultSentBack,
  type DossierResolvedV1,
  type ResolveTransferCommand,
  type ResultSentBackV1,
  type TransferView,
} from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { LegalCalendarSource } from '@motcua/platform';
import { classifyCompletion } from '@motcua/working-days';
import { assertOfficeStaff } from '../authorization/office-access';
import { TransferRepository } from '../transfers/transfer-repository';
import { toTransferView } from '../transfers/transfer-row';

/**
 * The office decides and sends the result back to the receiving desk (electronic return is immediate):
 * resolution and return leg are recorded on the slip, with early / on time / late against the office's budget.
 */
@Injectable()
export class ResolveTransferUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly transfers: TransferRepository,
    private readonly calendars: LegalCalendarSource,
  ) {}

  async execute(command: ResolveTransferCommand): Promise<TransferView> {
    const { actor, transferId, body } = command;
    assertOfficeStaff(actor);
    return runIdempotent(this.runner, { command: 'resolve-transfer', key: command.idempotencyKey, request: { actor, transferId, body } }, async (uow) => {
      const transfer = await this.transfers.get(transferId, uow.manager, true);
      assertOfficeStaff(actor, transfer.to_unit_code);
      if (transfer.status === 'sent') throw AppError.conflict('not_acknowledged', 'acknowledge receipt of the transfer before resolving it');
      if (transfer.status === 'resolved') throw AppError.conflict('already_resolved', 'transfer is already resolved');
      const at = new Date();
      const timeliness = classifyCompletion(at, transfer.due_at);
      await uow.manager.query(
        `UPDATE relay.transfers SET status = 'resolved', resolved_at = $2, resolved_by = $3, result_ref = $4, summary = $5,
           version = version + 1 WHERE id = $1`,
        [transferId, at, actor.staffId, body.resultRef, body.summary],
      );
      const slip = { transferId, dossierCode: transfer.dossier_code, at };
      await this.transfers.recordHandover(uow.manager, { ...slip, step: 'resolved', fromUnitCode: transfer.to_unit_code, toUnitCode: transfer.to_unit_code, givenBy: actor.staffId, timeliness });
      await this.transfers.recordHandover(uow.manager, { ...slip, step: 'returned', fromUnitCode: transfer.to_unit_code, toUnitCode: transfer.receiving_unit_code, givenBy: actor.staffId });
      const resolved: DossierResolvedV1 = {
        transferId,
        dossierCode: transfer.dossier_code,
        unitCode: transfer.to_unit_code,
        staffId: actor.staffId,
        resultRef: body.resultRef,
        resolvedAt: at.toISOString(),
        timeliness,
      };
      const sentBack: ResultSentBackV1 = {
        transferId,
        dossierCode: transfer.dossier_code,
        fromUnitCode: transfer.to_unit_code,
        toUnitCode: transfer.receiving_unit_code,
        resultRef: body.resultRef,
        summary: body.summary,
        sentAt: at.toISOString(),
      };
      await uow.publish(DossierResolved.subject, resolved);
      await uow.publish(ResultSentBack.subject, sentBack);
      return toTransferView({ ...transfer, status: 'resolved', resolved_at: at, result_ref: body.resultRef }, this.calendars.current());
    });
  }
}
