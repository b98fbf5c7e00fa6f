import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, type BundleReceipt, type DeskSupplementRequest, type Receipt, type SubmitBundleCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { LegalCalendarSource } from '@motcua/platform';
import { computeAppointment, vietnamDayOf } from '@motcua/working-days';
import { normaliseApplicant } from '../applicant/normalise-applicant';
import { assertDeskStaff } from '../authorization/desk-access';
import { ReferenceReplica } from '../reference/reference-replica';
import { incompleteError, SubmitDossierUseCase, supplementItems, type CheckedSubmission } from '../submit-dossier/submit-dossier.use-case';
import { memberProblems, underMember } from './bundle-members';

type BundleOutcome = BundleReceipt | { incomplete: DeskSupplementRequest };

/**
 * "2 in 1": one intake creates one child dossier per procedure of the bundle, each received exactly as a single
 * dossier (own code, route, appointment, event, fee), all in one transaction — every child or none. When a child is
 * incomplete, no child is received and one form 02 lists every missing item of every child.
 */
@Injectable()
export class SubmitBundleUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly reference: ReferenceReplica,
    private readonly calendars: LegalCalendarSource,
    private readonly single: SubmitDossierUseCase,
  ) {}

  async execute(command: SubmitBundleCommand, now = new Date()): Promise<BundleReceipt> {
    const { actor } = command;
    assertDeskStaff(actor);
    const body = { ...command.body, applicant: normaliseApplicant(command.body.applicant, now) };
    const outcome = await runIdempotent<BundleOutcome>(this.runner, { command: 'submit-bundle', key: command.idempotencyKey, request: { actor, body } }, async (uow) => {
      const bundle = this.reference.bundle(body.bundleCode);
      const day = vietnamDayOf(now);
      if (!bundle) throw AppError.invalid([{ field: 'bundleCode', reason: `không có nhóm thủ tục ${body.bundleCode} trong danh mục` }]);
      if (bundle.validFrom > day || (bundle.validTo !== null && bundle.validTo < day)) {
        throw AppError.rule('bundle_not_in_force', `Nhóm thủ tục ${bundle.code} không còn hiệu lực`, [{ field: 'bundleCode', reason: 'hôm nay không còn hiệu lực' }]);
      }
      const problems = memberProblems(bundle, body.members);
      if (problems.length) throw AppError.invalid(problems);

      const id = randomUUID();
      const { members, bundleCode: _code, ...common } = body;
      const childBodies = members.map((member) => ({ ...common, ...member }));
      // Check every child first: a broken rule names its member; missing documents of all children make one form 02.
      const checked: CheckedSubmission[] = [];
      const missing: DeskSupplementRequest['items'] = [];
      for (const [index, child] of childBodies.entries()) {
        const c = await underMemberErrors(index, () => this.single.check(actor, child, now));
        missing.push(...supplementItems(c.procedure, c.missing).map((item) => ({ ...item, field: `members[${index}].${item.field}`, procedureName: c.procedure.name })));
        checked.push(c);
      }
      if (missing.length) {
        const ref = { code: bundle.code, name: bundle.name };
        return { incomplete: await this.single.issueSupplementRequest(uow, actor, this.reference.unit(actor.unitCode), body.applicant, ref, missing, now, ref) };
      }
      // A bundle with its own total time (liên thông groups, QĐ 296/QĐ-VPCP: ≤ 3 WD) binds every child: no child is
      // promised later than the bundle, so a child whose own limit ends later takes the bundle's.
      const calendar = this.calendars.current(this.reference.provinceOn(actor.unitCode, day));
      const bundleDue = bundle.timeLimit ? computeAppointment({ receivedAt: now, limit: bundle.timeLimit, calendar }) : undefined;
      const children: Receipt[] = [];
      for (const [index, child] of childBodies.entries()) {
        const own = checked[index];
        const capped =
          bundle.timeLimit && bundleDue && computeAppointment({ receivedAt: now, limit: own.procedure.timeLimit, calendar }) > bundleDue
            ? { ...own, procedure: { ...own.procedure, timeLimit: bundle.timeLimit } }
            : own;
        children.push(await underMemberErrors(index, () => this.single.record(uow, actor, child, capped, now, { id, code: bundle.code })));
      }

      const appointmentAt = bundleDue ? bundleDue.toISOString() : children.map((c) => c.appointmentAt).sort().at(-1)!;
      const codes = children.map((c) => c.dossierCode);
      await uow.manager.query(
        `INSERT INTO intake.dossier_bundles (id, bundle_code, bundle_name, receiving_unit_code, child_codes, received_at, appointment_at, received_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, bundle.code, bundle.name, actor.unitCode, JSON.stringify(codes), now, appointmentAt, actor.staffId],
      );
      await uow.manager.query(`UPDATE intake.dossiers SET bundle_id = $1 WHERE code = ANY($2)`, [id, codes]);
      return {
        bundleId: id,
        bundle: { code: bundle.code, name: bundle.name },
        ...(bundle.timeLimit ? { timeLimit: bundle.timeLimit } : {}),
        receivedAt: now.toISOString(),
        appointmentAt,
        children,
      };
    });
    // The form 02 committed with the idempotency key: a retry is answered the same 422.
    if ('incomplete' in outcome) throw incompleteError(outcome.incomplete, 'Hồ sơ liên thông chưa đầy đủ');
    return outcome;
  }
}

/** A child's refusal, its fields named under the member they belong to (details kept). */
async function underMemberErrors<T>(index: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.status, error.code, error.message, underMember(index, error.fields), error.details);
    throw error;
  }
}
