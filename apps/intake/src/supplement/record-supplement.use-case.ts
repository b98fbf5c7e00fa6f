import { Injectable } from '@nestjs/common';
import {
  AppError,
  DossierSupplemented,
  type DossierSupplementedV1,
  type RecordSupplementCommand,
  type RecordSupplementResponse,
} from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { LegalCalendarSource } from '@motcua/platform';
import { computeAppointment, vietnamDayOf } from '@motcua/working-days';
import { assertDeskStaff } from '../authorization/desk-access';
import { DossierRepository } from '../dossiers/dossier-repository';
import { ReferenceReplica } from '../reference/reference-replica';

/**
 * The citizen brings what the office asked for: the dossier goes back to the office and its time limit restarts
 * from zero, so the desk gives a new appointment (DOMAIN.md §1.2, 3a).
 */
@Injectable()
export class RecordSupplementUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly dossiers: DossierRepository,
    private readonly calendars: LegalCalendarSource,
    private readonly reference: ReferenceReplica,
  ) {}

  async execute(command: RecordSupplementCommand): Promise<RecordSupplementResponse> {
    const { actor, dossierCode, body } = command;
    assertDeskStaff(actor);
    return runIdempotent(this.runner, { command: 'record-supplement', key: command.idempotencyKey, request: { actor, dossierCode, body } }, async (uow) => {
      const dossier = await this.dossiers.get(dossierCode, uow.manager, true);
      assertDeskStaff(actor, dossier.receiving_unit_code);
      if (dossier.status !== 'supplement-requested') {
        throw AppError.conflict('no_supplement_requested', `Hồ sơ ${dossierCode} không chờ bổ sung (trạng thái: ${dossier.status})`);
      }
      const now = new Date();
      const province = this.reference.provinceOn(dossier.receiving_unit_code, vietnamDayOf(now));
      const appointmentAt = computeAppointment({ receivedAt: now, limit: dossier.time_limit, calendar: this.calendars.current(province) });
      await uow.manager.query(
        `UPDATE intake.dossiers SET status = 'in-progress', supplemented_at = $2, supplement_documents = $3, supplement_items = NULL,
           previous_appointment_at = appointment_at, appointment_at = $4, version = version + 1 WHERE code = $1`,
        [dossierCode, now, JSON.stringify(body.documents), appointmentAt],
      );
      const event: DossierSupplementedV1 = {
        dossierCode,
        receivingUnitCode: dossier.receiving_unit_code,
        supplementedAt: now.toISOString(),
        newAppointmentAt: appointmentAt.toISOString(),
      };
      await uow.publish(DossierSupplemented.subject, event);
      return { dossierCode, status: 'in-progress', supplementedAt: event.supplementedAt, appointmentAt: event.newAppointmentAt };
    });
  }
}
