import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, DossierRefusedAtDesk, type DeskRefusal, type DossierRefusedAtDeskV1, type RefuseAtDeskCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { vietnamDayOf } from '@motcua/working-days';
import { normaliseApplicant } from '../applicant/normalise-applicant';
import { assertDeskStaff } from '../authorization/desk-access';
import { DeskFormRepository } from '../desk-forms/desk-form-repository';
import { ReferenceReplica } from '../reference/reference-replica';

/**
 * Refuses a dossier at the desk, in writing (form 03, Decree 61 step 1b): the reasons, numbered, with the
 * applicant and the request. No dossier code is used up. The form stays at intake; an event without the applicant or
 * the reasons tells tracking, which counts desk refusals apart from received dossiers.
 */
@Injectable()
export class RefuseAtDeskUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly reference: ReferenceReplica,
    private readonly forms: DeskFormRepository,
  ) {}

  async execute(command: RefuseAtDeskCommand, now = new Date()): Promise<DeskRefusal> {
    const { actor } = command;
    assertDeskStaff(actor);
    const applicant = normaliseApplicant(command.body.applicant, now);
    // The contract requires each reason to be specific once trimmed, so the gateway refuses a blank one before it gets here.
    const reasons = command.body.reasons.map((r) => r.normalize('NFC').trim());
    const body = { ...command.body, applicant, reasons };
    return runIdempotent(this.runner, { command: 'refuse-at-desk', key: command.idempotencyKey, request: { actor, body } }, async (uow) => {
      const unit = this.reference.unit(actor.unitCode);
      const procedure = this.reference.procedure(body.procedureCode);
      if (!procedure) throw AppError.invalid([{ field: 'procedureCode', reason: `không có thủ tục ${body.procedureCode} trong danh mục` }]);
      const day = vietnamDayOf(now);
      const seq = await this.forms.nextNumber(uow.manager, unit.code, '03', day);
      const refusal: DeskRefusal = {
        id: randomUUID(),
        number: `TC-${day.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`,
        procedure: { code: procedure.code, name: procedure.name },
        receivingUnit: { code: unit.code, name: unit.name, deskName: unit.deskName },
        applicant: { fullName: applicant.fullName, address: applicant.address, phone: applicant.phone, email: applicant.email },
        reasons,
        refusedAt: now.toISOString(),
        refusedBy: actor.staffId,
      };
      await this.forms.insertRefusal(uow.manager, refusal);
      const event: DossierRefusedAtDeskV1 = {
        refusalId: refusal.id,
        number: refusal.number,
        receivingUnitCode: unit.code,
        procedureCode: procedure.code,
        procedureName: procedure.name,
        timeLimit: { value: procedure.timeLimit.value, unit: procedure.timeLimit.unit },
        channel: body.channel ?? 'counter',
        reasonCount: reasons.length,
        staffId: actor.staffId,
        refusedAt: refusal.refusedAt,
      };
      await uow.publish(DossierRefusedAtDesk.subject, event);
      return refusal;
    });
  }
}
