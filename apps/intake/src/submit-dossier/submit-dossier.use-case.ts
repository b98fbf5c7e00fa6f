import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  canReceive,
  DossierReceived,
  formatDossierCode,
  lookupFactorHash,
  supplementRequestPrintPath,
  type DeskSupplementRequest,
  type DossierIncompleteDetails,
  type DossierReceivedV1,
  type ErrorDetails,
  type FeeRecord,
  type FieldProblem,
  type ProcedureRecord,
  type UnitRecord,
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
    const checked = await this.check(actor, body, now);
    if (checked.missing.length > 0) {
      const { unit, procedure } = checked;
      return { incomplete: await this.issueSupplementRequest(uow, actor, unit, body.applicant, { code: procedure.code, name: procedure.name }, supplementItems(procedure, checked.missing), now) };
    }
    return this.record(uow, actor, body, checked, now, bundle);
  }

  /**
   * Every check of a submission that needs no write: receivable here, after-hours, fee, documents known, written on
   * behalf only where allowed. Throws the first broken rule; returns what is missing (not a rule: form 02 follows).
   */
  async check(actor: StaffActor, body: SubmitDossierBody, now: Date): Promise<CheckedSubmission> {
    const unit = this.reference.unit(actor.unitCode);
    const listed = this.reference.procedure(body.procedureCode);
    if (!listed) throw AppError.invalid([{ field: 'procedureCode', reason: `không có thủ tục ${body.procedureCode} trong danh mục` }]);
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
    return { unit, procedure, fee: settled.fee, day, missing: check.missing };
  }

  /**
   * Form 02 (Decree 61: guide once, in writing): every missing item and why, numbered per desk and day, naming the
   * clerk who issued it and the desk's phone as the contact. One form per intake, a bundle's too.
   */
  async issueSupplementRequest(
    uow: UnitOfWork,
    actor: StaffActor,
    unit: UnitRecord,
    applicant: SubmitDossierBody['applicant'],
    procedure: { code: string; name: string },
    items: DeskSupplementRequest['items'],
    now: Date,
    bundle?: { code: string; name: string },
  ): Promise<DeskSupplementRequest> {
    const day = vietnamDayOf(now);
    const seq = await this.supplements.nextNumber(uow.manager, unit.code, '02', day);
    const request: DeskSupplementRequest = {
      id: randomUUID(),
      number: `BS-${day.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`,
      procedure,
      receivingUnit: { code: unit.code, name: unit.name, deskName: unit.deskName },
      applicant: { fullName: applicant.fullName, address: applicant.address, phone: applicant.phone, email: applicant.email },
      items,
      issuedAt: now.toISOString(),
      issuedBy: actor.staffId,
      contact: {
        staffId: actor.staffId,
        ...(actor.displayName ? { name: actor.displayName.normalize('NFC') } : {}),
        deskName: unit.deskName,
        ...(unit.deskPhone ? { phone: unit.deskPhone } : {}),
      },
      ...(bundle ? { bundle } : {}),
    };
    await this.supplements.insert(uow.manager, request);
    return request;
  }

  /** Records a checked, complete submission: code, appointment, row, event (and the instant resolution). */
  async record(
    uow: UnitOfWork,
    actor: StaffActor,
    body: SubmitDossierBody,
    { unit, procedure, fee, day }: CheckedSubmission,
    now: Date,
    bundle?: DossierReceivedV1['bundle'],
  ): Promise<Receipt> {
    if (body.instant) await this.instantResolution.assertEligible(unit.code, procedure, body, now);
    const sequence = await this.dossiers.nextSequence(uow.manager, unit.agencyCode, day);
    const code = formatDossierCode(unit.agencyCode, day.slice(2).replaceAll('-', ''), sequence);
    const calendar = this.calendars.current(this.reference.provinceOn(unit.code, day));
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
      sets: body.sets ?? 1,
      timeLimit: procedure.timeLimit,
      receivedAt: now.toISOString(),
      appointmentAt: appointmentAt.toISOString(),
      resultDelivery: body.resultDelivery,
      channel: body.channel,
      receivedBy: actor.staffId,
      ...parties,
      fee,
    };
    if (fee.receiptNumber) await this.assertReceiptNumberUnused(uow.manager, unit.code, fee.receiptNumber);
    await this.insertDossier(uow.manager, fee.receiptNumber, [
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
      JSON.stringify(fee),
      receipt.sets,
    ]);
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

  /** One fee receipt pays one dossier; this names the dossier that has it, the unique index catches a race. */
  private async assertReceiptNumberUnused(manager: EntityManager, unitCode: string, receiptNumber: string): Promise<void> {
    const used = await manager.query(`SELECT code FROM intake.dossiers WHERE receiving_unit_code = $1 AND fee ->> 'receiptNumber' = $2`, [unitCode, receiptNumber]);
    if (used.length > 0) {
      throw AppError.rule('fee_receipt_used', `Biên lai số ${receiptNumber} đã ghi cho hồ sơ ${used[0].code}`, [{ field: 'fee.receiptNumber', reason: `đã ghi cho hồ sơ ${used[0].code}` }]);
    }
  }

  /**
   * The dossier row. A concurrent submission committing the same fee receipt after our check (e.g. on another day's
   * sequence, so not serialised by it) trips the unique index: that is the clerk's 422, not a 500.
   */
  private async insertDossier(manager: EntityManager, receiptNumber: string | undefined, values: unknown[]): Promise<void> {
    try {
      await manager.query(
        `INSERT INTO intake.dossiers (code, procedure_code, procedure_name, receiving_unit_code, channel, result_delivery,
           applicant, documents, time_limit, received_at, appointment_at, received_by, status, submitter, assisted_by, fee, sets)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'received', $13, $14, $15, $16)`,
        values,
      );
    } catch (error) {
      if (receiptNumber && uniqueViolationOf(error) === RECEIPT_NUMBER_INDEX) {
        throw AppError.rule('fee_receipt_used', `Biên lai số ${receiptNumber} vừa được ghi cho một hồ sơ khác`, [
          { field: 'fee.receiptNumber', reason: 'đã ghi cho một hồ sơ khác được tiếp nhận cùng lúc' },
        ]);
      }
      throw error;
    }
  }
}

/** A submission that passed every rule: where, what, its fee, the day, and the documents still missing. */
export interface CheckedSubmission {
  unit: UnitRecord;
  procedure: ProcedureRecord;
  fee: FeeRecord;
  day: string;
  missing: FieldProblem[];
}

const RECEIPT_NUMBER_INDEX = 'dossiers_fee_receipt_number';

/** The constraint a Postgres unique violation (23505) names, whether TypeORM wraps the driver error or not. */
function uniqueViolationOf(error: unknown): string | undefined {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const pg = e?.driverError ?? e;
  return pg?.code === '23505' ? pg.constraint : undefined;
}

/** form 02's items: each missing document by its name in the catalogue. */
export function supplementItems(procedure: ProcedureRecord, missing: FieldProblem[]): DeskSupplementRequest['items'] {
  return missing.map(({ field, reason }) => ({
    field,
    documentName: procedure.documents.find((d) => `documents.${d.code}` === field)?.name ?? field,
    reason,
  }));
}

/**
 * Still a 422 to the clerk, naming every missing item, with the form 02 that was recorded in `details` (its id,
 * number, items and contact, and where to print it) so the desk can hand it over at once.
 */
export function incompleteError(request: DeskSupplementRequest, message = 'Hồ sơ chưa đầy đủ'): AppError {
  const { applicant: _applicant, ...form } = request;
  const details: DossierIncompleteDetails = { supplementRequest: { ...form, printPath: supplementRequestPrintPath(request.id) } };
  return AppError.rule(
    'dossier_incomplete',
    `${message}: đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ số ${request.number} (mã phiếu ${request.id}; in tại ${supplementRequestPrintPath(request.id)})`,
    request.items.map(({ field, reason }) => ({ field, reason })),
    details as unknown as ErrorDetails,
  );
}
