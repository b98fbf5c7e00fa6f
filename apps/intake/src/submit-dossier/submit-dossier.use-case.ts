import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  canReceive,
  DossierReceived,
  formatDossierCode,
  lookupFactorHash,
  type DeskSupplementRequest,
  type DossierReceivedV1,
  type Receipt,
  type StaffActor,
  type SubmitDossierBody,
  type SubmitDossierCommand,
} from '@motcua/contracts';
import { runIdempotent, TransactionRunner, type UnitOfWork } from '@motcua/persistence';
import type { EntityManager } from 'typeorm';
import { LegalCalendarSource, SERVICE_ENV } from '@motcua/platform';
import { computeAppointment, vietnamDayOf } from '@motcua/working-days';
import { AfterHoursReception } from '../after-hours/after-hours-reception';
import { normaliseApplicant } from '../applicant/normalise-applicant';
import { InstantResolution } from '../no-appointment/instant-resolution';
import { DeskFormRepository } from '../desk-forms/desk-form-repository';
import { assertDeskStaff } from '../authorization/desk-access';
import { DossierRepository } from '../dossiers/dossier-repository';
import { ReferenceReplica } from '../reference/reference-replica';
import { checkCompleteness } from './check-completeness';
import { checkWrittenOnBehalf, partiesOf, writersByDocument } from './channel-parties';
import { settleFee } from './fee';

export type ReceiveOutcome = Receipt | { incomplete: DeskSupplementRequest };

/** Receives a complete dossier at the clerk's desk: code, appointment, stored, and announced — once per key. */
@Injectable()
export class SubmitDossierUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly reference: ReferenceReplica,
    private readonly calendars: LegalCalendarSource,
    private readonly dossiers: DossierRepository,
    private readonly afterHours: AfterHoursReception,
    private readonly supplements: DeskFormRepository,
    private readonly instantResolution: InstantResolution,
    @Inject(SERVICE_ENV) private readonly env: NodeJS.ProcessEnv,
  ) {}

  async execute(command: SubmitDossierCommand, now = new Date()): Promise<Receipt> {
    const { actor } = command;
    assertDeskStaff(actor);
    const body = { ...command.body, applicant: normaliseApplicant(command.body.applicant, now) };
    // Checks run inside the idempotent unit: a retry of a request that already succeeded gets its receipt back
    // even if the catalogue changed in between. An incomplete dossier is an outcome too (form 02 is stored), so it
    // commits and is replayed to a retry as the same 422.
    const outcome = await runIdempotent<ReceiveOutcome>(this.runner, { command: 'submit-dossier', key: command.idempotencyKey, request: { actor, body } }, (uow) =>
      this.receiveIn(uow, actor, body, now),
    );
    if ('incomplete' in outcome) throw incompleteError(outcome.incomplete);
    return outcome;
  }

  /**
   * Receives one dossier inside the caller's unit of work (a single submission, or one child of a bundle): checks,
   * code, appointment, row and event — or form 02 when incomplete.
   */
  async receiveIn(uow: UnitOfWork, actor: StaffActor, body: SubmitDossierBody, now: Date, bundle?: DossierReceivedV1['bundle']): Promise<ReceiveOutcome> {
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
    const settled = settleFee(procedure, body.channel, body.fee);
    if ('problem' in settled) throw AppError.rule('fee_not_settled', settled.problem.reason, [settled.problem]);
    const check = checkCompleteness(procedure, body.documents);
    if (check.unknown.length > 0) throw AppError.invalid(check.unknown);
    const notOnBehalf = checkWrittenOnBehalf(procedure, body.documents);
    if (notOnBehalf.length > 0) throw AppError.rule('must_be_written_in_person', notOnBehalf[0].reason, notOnBehalf);
    if (!check.complete) {
      // Decree 61: guide once, in writing — form 02 with every missing item and why, numbered per desk and day.
      const seq = await this.supplements.nextNumber(uow.manager, unit.code, '02', day);
      const request: DeskSupplementRequest = {
        id: randomUUID(),
        number: `BS-${day.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`,
        procedure: { code: procedure.code, name: procedure.name },
        receivingUnit: { code: unit.code, name: unit.name, deskName: unit.deskName },
        applicant: { fullName: body.applicant.fullName, address: body.applicant.address, phone: body.applicant.phone, email: body.applicant.email },
        items: check.missing.map(({ field, reason }) => ({
          field,
          documentName: procedure.documents.find((d) => `documents.${d.code}` === field)?.name ?? field,
          reason,
        })),
        issuedAt: now.toISOString(),
        issuedBy: actor.staffId,
      };
      await this.supplements.insert(uow.manager, request);
      return { incomplete: request };
    }
    if (body.instant) await this.instantResolution.assertEligible(unit.code, procedure, body, now);
    const sequence = await this.dossiers.nextSequence(uow.manager, unit.agencyCode, day);
    const code = formatDossierCode(unit.agencyCode, day.slice(2).replaceAll('-', ''), sequence);
    const calendar = this.calendars.current(this.reference.provinceOf(unit.code, day));
    const appointmentAt = computeAppointment({ receivedAt: now, limit: procedure.timeLimit, calendar });
    const writers = writersByDocument(body.documents);
    const parties = partiesOf(body);
    const receipt: Receipt = {
      dossierCode: code,
      procedure: { code: procedure.code, name: procedure.name },
      receivingUnit: { code: unit.code, name: unit.name, deskName: unit.deskName },
      applicant: { fullName: body.applicant.fullName, address: body.applicant.address, phone: body.applicant.phone, email: body.applicant.email },
      documents: procedure.documents.map(({ code: docCode, name, form, count }) => {
        const writer = writers.get(docCode);
        return { code: docCode, name, form, count, ...(writer ? { writtenOnBehalfBy: writer } : {}) };
      }),
      timeLimit: procedure.timeLimit,
      receivedAt: now.toISOString(),
      appointmentAt: appointmentAt.toISOString(),
      resultDelivery: body.resultDelivery,
      channel: body.channel,
      receivedBy: actor.staffId,
      ...parties,
      fee: settled.fee,
    };
    if (settled.fee.receiptNumber) await this.assertReceiptNumberUnused(uow.manager, unit.code, settled.fee.receiptNumber);
    await uow.manager.query(
      `INSERT INTO intake.dossiers (code, procedure_code, procedure_name, receiving_unit_code, channel, result_delivery,
         applicant, documents, time_limit, received_at, appointment_at, received_by, status, submitter, assisted_by, fee)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'received', $13, $14, $15)`,
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
        parties.submitter ? JSON.stringify(parties.submitter) : null,
        parties.assistedBy ? JSON.stringify(parties.assistedBy) : null,
        JSON.stringify(settled.fee),
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
      lookupFactors: [body.applicant.phone, body.applicant.idNumber].map((digits) => lookupFactorHash(code, digits.slice(-4), this.env.LOOKUP_FACTOR_SECRET)),
      ...(parties.assistedBy ? { assistance: parties.assistedBy.kind } : {}),
      ...(body.instant ? { instant: true } : {}),
      ...(bundle ? { bundle } : {}),
    };
    await uow.publish(DossierReceived.subject, event);
    if (body.instant) {
      const dossier = { code, receivingUnitCode: unit.code, staffId: actor.staffId, appointmentAt };
      return { ...receipt, instant: await this.instantResolution.record(uow, dossier, body.instant, now) };
    }
    return receipt;
  }

  /** One fee receipt pays one dossier; the unique index catches a race, this names the field. */
  private async assertReceiptNumberUnused(manager: EntityManager, unitCode: string, receiptNumber: string): Promise<void> {
    const used = await manager.query(`SELECT code FROM intake.dossiers WHERE receiving_unit_code = $1 AND fee ->> 'receiptNumber' = $2`, [unitCode, receiptNumber]);
    if (used.length > 0) {
      throw AppError.rule('fee_receipt_used', `Biên lai số ${receiptNumber} đã ghi cho hồ sơ ${used[0].code}`, [{ field: 'fee.receiptNumber', reason: `đã ghi cho hồ sơ ${used[0].code}` }]);
    }
  }
}

/** Still a 422 to the clerk, naming every missing item, and where to print the form 02 that was recorded. */
function incompleteError(request: DeskSupplementRequest): AppError {
  return AppError.rule(
    'dossier_incomplete',
    `Hồ sơ chưa đầy đủ: đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ số ${request.number} (mã phiếu ${request.id}; in tại /api/intake-desk/supplement-requests/${request.id}/print)`,
    request.items.map(({ field, reason }) => ({ field, reason })),
  );
}
