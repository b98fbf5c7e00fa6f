import { Injectable } from '@nestjs/common';
import {
  AppError,
  DossierHandedOver,
  type DossierHandedOverV1,
  type HandOverResultCommand,
  type HandOverResultResponse,
} from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertDeskStaff } from '../authorization/desk-access';
import { DossierRepository } from '../dossiers/dossier-repository';

/** The clerk hands the result to the citizen (or posts it): the dossier's last step at the desk. */
@Injectable()
export class HandOverResultUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: HandOverResultCommand): Promise<HandOverResultResponse> {
    const { actor, dossierCode, body } = command;
    assertDeskStaff(actor);
    // Who took the result: the applicant by default, or an authorised person named here (never in the event). The
    // contract requires the authorised person's name, so the gateway refuses an unnamed one before it gets here.
    const recipient = body.recipient ?? { kind: 'applicant' as const };
    const handedTo = recipient.fullName ? { ...recipient, fullName: recipient.fullName.normalize('NFC').trim() } : recipient;
    return runIdempotent(this.runner, { command: 'hand-over-result', key: command.idempotencyKey, request: { actor, dossierCode, body } }, async (uow) => {
      const dossier = await this.dossiers.get(dossierCode, uow.manager, true);
      assertDeskStaff(actor, dossier.receiving_unit_code);
      if (dossier.status !== 'result-ready') {
        throw AppError.conflict('result_not_ready', `Kết quả của hồ sơ ${dossierCode} chưa có tại bộ phận một cửa (trạng thái: ${dossier.status})`);
      }
      const handedOverAt = new Date();
      await uow.manager.query(
        `UPDATE intake.dossiers SET status = 'handed-over', handed_over_at = $2, handed_over_by = $3, handover_method = $4,
           handed_over_to = $5, version = version + 1 WHERE code = $1`,
        [dossierCode, handedOverAt, actor.staffId, body.method, JSON.stringify(handedTo)],
      );
      const event: DossierHandedOverV1 = {
        dossierCode,
        receivingUnitCode: dossier.receiving_unit_code,
        method: body.method,
        staffId: actor.staffId,
        handedOverAt: handedOverAt.toISOString(),
      };
      await uow.publish(DossierHandedOver.subject, event);
      return { dossierCode, status: 'handed-over', handedOverAt: event.handedOverAt };
    });
  }
}
