import { Injectable } from '@nestjs/common';
import {
  AppError,
  canReceive,
  DossierReceived,
  formatDossierCode,
  lookupFactorHash,
  type DossierReceivedV1,
  type Receipt,
  type SubmitDossierCommand,
} from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { LegalCalendarSource } from '@motcua/platform';
import { computeAppointment, vietnamDayOf } from '@motcua/working-days';
import { AfterHoursReception } from '../after-hours/after-hours-reception';
import { assertDeskStaff } from '../authorization/desk-access';
import { DossierRepository } from '../dossiers/dossier-repository';
import { ReferenceReplica } from '../reference/reference-replica';
import { checkCompleteness } from './check-completeness';

/** Receives a complete dossier at the clerk's desk: code, appointment, stored, and announced — once per key. */
@Injectable()
export class SubmitDossierUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly reference: ReferenceReplica,
    private readonly calendars: LegalCalendarSource,
    private readonly dossiers: DossierRepository,
    private readonly afterHours: AfterHoursReception,
  ) {}

  async execute(command: SubmitDossierCommand, now = new Date()): Promise<Receipt> {
    const { actor, body } = command;
    assertDeskStaff(actor);
    // Checks run inside the idempotent unit: a retry of a request that already succeeded gets its receipt back
    // even if the catalogue changed in between.
    return runIdempotent(this.runner, { command: 'submit-dossier', key: command.idempotencyKey, request: { actor, body } }, async (uow) => {
      const unit = this.reference.unit(actor.unitCode);
      const listed = this.reference.procedure(body.procedureCode);
      if (!listed) throw AppError.invalid([{ field: 'procedureCode', reason: `no procedure ${body.procedureCode} in the catalogue` }]);
      // Routing decides by the same rules: a dossier no unit may decide is refused here, with the reason.
      const day = vietnamDayOf(now);
      const receivable = canReceive(listed, unit, (unitCode) => this.reference.findUnit(unitCode), day, { channel: body.channel });
      if (!receivable.ok) {
        const field = receivable.field === 'channel' ? 'channel' : 'procedureCode';
        throw AppError.rule('not_receivable_here', receivable.reason, [{ field, reason: receivable.reason }]);
      }
      const procedure = receivable.procedure;
      if (body.channel === 'after-hours-counter') await this.afterHours.assertMayReceive(unit.code, procedure, now);
      const check = checkCompleteness(procedure, body.documents);
      if (check.unknown.length > 0) throw AppError.invalid(check.unknown);
      if (!check.complete) throw AppError.rule('dossier_incomplete', 'the dossier is incomplete: a supplement request lists what is missing', check.missing);
      const sequence = await this.dossiers.nextSequence(uow.manager, unit.agencyCode, day);
      const code = formatDossierCode(unit.agencyCode, day.slice(2).replaceAll('-', ''), sequence);
      const appointmentAt = computeAppointment({ receivedAt: now, limit: procedure.timeLimit, calendar: this.calendars.current() });
      const receipt: Receipt = {
        dossierCode: code,
        procedure: { code: procedure.code, name: procedure.name },
        receivingUnit: { code: unit.code, name: unit.name, deskName: unit.deskName },
        applicant: { fullName: body.applicant.fullName, address: body.applicant.address, phone: body.applicant.phone, email: body.applicant.email },
        documents: procedure.documents.map(({ code: docCode, name, form, count }) => ({ code: docCode, name, form, count })),
        timeLimit: procedure.timeLimit,
        receivedAt: now.toISOString(),
        appointmentAt: appointmentAt.toISOString(),
        resultDelivery: body.resultDelivery,
        channel: body.channel,
        receivedBy: actor.staffId,
      };
      await uow.manager.query(
        `INSERT INTO intake.dossiers (code, procedure_code, procedure_name, receiving_unit_code, channel, result_delivery,
           applicant, documents, time_limit, received_at, appointment_at, received_by, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'received')`,
        [
          code,
          procedure.code,
          procedure.name,
          unit.code,
          body.channel,
          body.resultDelivery,
          JSON.stringify({ ...body.applicant }),
          JSON.stringify(receipt.documents),
          JSON.stringify(procedure.timeLimit),
          now,
          appointmentAt,
          actor.staffId,
        ],
      );
      const event: DossierReceivedV1 = {
        dossierCode: code,
        procedureCode: procedure.code,
        procedureName: procedure.name,
        receivingUnitCode: unit.code,
        channel: body.channel,
        resultDelivery: body.resultDelivery,
        receivedAt: receipt.receivedAt,
        appointmentAt: receipt.appointmentAt,
        timeLimit: procedure.timeLimit,
        contact: { phone: body.applicant.phone, ...(body.applicant.email ? { email: body.applicant.email } : {}) },
        lookupFactors: [body.applicant.phone, body.applicant.idNumber].map((digits) => lookupFactorHash(code, digits.slice(-4))),
      };
      await uow.publish(DossierReceived.subject, event);
      return receipt;
    });
  }
}
