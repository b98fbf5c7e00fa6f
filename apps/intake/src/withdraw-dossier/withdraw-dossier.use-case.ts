import { Injectable } from '@nestjs/common';
import {
  AppError,
  DossierWithdrawn,
  type DossierStatus,
  type DossierWithdrawnV1,
  type WithdrawDossierCommand,
  type WithdrawDossierResponse,
} from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertDeskStaff } from '../authorization/desk-access';
import { DossierRepository } from '../dossiers/dossier-repository';

/** While the dossier is still being processed the citizen may withdraw it; a result at the desk is handed over instead. */
const WITHDRAWABLE: readonly DossierStatus[] = ['received', 'in-progress', 'supplement-requested'];

/** The citizen withdraws the dossier at the desk: a terminal state, announced so routing, relay and tracking can stop. */
@Injectable()
export class WithdrawDossierUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly dossiers: DossierRepository,
  ) {}

  async execute(command: WithdrawDossierCommand, now = new Date()): Promise<WithdrawDossierResponse> {
    const { actor, dossierCode } = command;
    assertDeskStaff(actor);
    const body = { ...command.body, ...(command.body.reason ? { reason: command.body.reason.normalize('NFC').trim() } : {}) };
    return runIdempotent(this.runner, { command: 'withdraw-dossier', key: command.idempotencyKey, request: { actor, dossierCode, body } }, async (uow) => {
      const dossier = await this.dossiers.get(dossierCode, uow.manager, true);
      assertDeskStaff(actor, dossier.receiving_unit_code);
      if (!WITHDRAWABLE.includes(dossier.status)) {
        throw AppError.conflict('not_withdrawable', `Hồ sơ ${dossierCode} không còn rút được (trạng thái: ${dossier.status})`);
      }
      await uow.manager.query(
        `UPDATE intake.dossiers SET status = 'withdrawn', withdrawn_at = $2, withdrawn_by = $3, withdrawal = $4, version = version + 1
          WHERE code = $1`,
        [dossierCode, now, actor.staffId, JSON.stringify(body)],
      );
      // The reason stays at the desk: it is the citizen's own words.
      const event: DossierWithdrawnV1 = {
        dossierCode,
        receivingUnitCode: dossier.receiving_unit_code,
        staffId: actor.staffId,
        withdrawnAt: now.toISOString(),
      };
      await uow.publish(DossierWithdrawn.subject, event);
      return { dossierCode, status: 'withdrawn', withdrawnAt: event.withdrawnAt };
    });
  }
}
