import { Injectable } from '@nestjs/common';
import { DossierResolved, ResultSentBack, type DossierResolvedV1, type ResultSentBackV1 } from '@motcua/contracts';
import type { UnitOfWork } from '@motcua/persistence';
import { TransferRepository } from '../transfers/transfer-repository';
import { completionTimeliness, type TransferRow } from '../transfers/transfer-row';

/**
 * The decision leaves the office for the receiving desk (electronic return is immediate): the resolution and
 * the return leg go on the slip, with early / on time / late against the office's deadline.
 */
@Injectable()
export class SendResultBack {
  constructor(private readonly transfers: TransferRepository) {}

  /**
   * `decidedBy`: the step that settles it on the slip — the handler's resolution, or the head's approval of a
   * resolution proposed earlier (which is then not written twice).
   */
  async resolved(
    uow: UnitOfWork,
    transfer: TransferRow,
    staffId: string,
    at: Date,
    result: { resultRef: string; summary: string },
    decidedBy: 'resolved' | 'approved' = 'resolved',
  ): Promise<Partial<TransferRow>> {
    const timeliness = completionTimeliness(transfer, at);
    const slip = { transferId: transfer.id, dossierCode: transfer.dossier_code, at };
    const decision = decidedBy === 'resolved' ? { givenBy: staffId } : { receivedBy: staffId };
    await this.transfers.recordHandover(uow.manager, { ...slip, step: decidedBy, fromUnitCode: transfer.to_unit_code, toUnitCode: transfer.to_unit_code, ...decision, timeliness });
    await this.returned(uow, transfer, staffId, at);
    const resolved: DossierResolvedV1 = {
      transferId: transfer.id,
      dossierCode: transfer.dossier_code,
      unitCode: transfer.to_unit_code,
      staffId,
      resultRef: result.resultRef,
      resolvedAt: at.toISOString(),
      timeliness,
    };
    await uow.publish(DossierResolved.subject, resolved);
    await this.publishSentBack(uow, transfer, at, { ...result, outcome: 'resolved' });
    return { status: 'resolved', resolved_at: at, resolved_by: staffId, result_ref: result.resultRef, summary: result.summary };
  }

  async returned(uow: UnitOfWork, transfer: TransferRow, staffId: string, at: Date): Promise<void> {
    await this.transfers.recordHandover(uow.manager, {
      transferId: transfer.id,
      dossierCode: transfer.dossier_code,
      step: 'returned',
      fromUnitCode: transfer.to_unit_code,
      toUnitCode: transfer.receiving_unit_code,
      givenBy: staffId,
      at,
    });
  }

  async publishSentBack(uow: UnitOfWork, transfer: TransferRow, at: Date, result: { resultRef: string; summary: string; outcome: 'resolved' | 'refused' }): Promise<void> {
    const sentBack: ResultSentBackV1 = {
      transferId: transfer.id,
      dossierCode: transfer.dossier_code,
      fromUnitCode: transfer.to_unit_code,
      toUnitCode: transfer.receiving_unit_code,
      resultRef: result.resultRef,
      summary: result.summary,
      sentAt: at.toISOString(),
      outcome: result.outcome,
    };
    await uow.publish(ResultSentBack.subject, sentBack);
  }
}
