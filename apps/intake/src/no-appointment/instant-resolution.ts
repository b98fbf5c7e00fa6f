import { Injectable } from '@nestjs/common';
import {
  AppError,
  DossierHandedOver,
  type DossierHandedOverV1,
  type InstantResolutionInput,
  type ProcedureRecord,
  type Receipt,
  type SubmitDossierBody,
} from '@motcua/contracts';
import type { UnitOfWork } from '@motcua/persistence';
import { LegalCalendarSource } from '@motcua/platform';
import { AfterHoursReception } from '../after-hours/after-hours-reception';
import { instantProblem, instantTiming } from './instant-eligibility';

/** The no-appointment day ("ngày không hẹn"): received, resolved and handed over in one visit. */
@Injectable()
export class InstantResolution {
  constructor(
    private readonly schedules: AfterHoursReception,
    private readonly calendars: LegalCalendarSource,
  ) {}

  /** 422 naming the field unless today is the unit's no-appointment day for this procedure (instant-eligibility.ts). */
  async assertEligible(unitCode: string, procedure: ProcedureRecord, body: SubmitDossierBody, at: Date): Promise<void> {
    const problem = instantProblem({
      procedure,
      schedule: await this.schedules.scheduleOf(unitCode),
      channel: body.channel,
      resultDelivery: body.resultDelivery,
      at,
      calendar: this.calendars.current(),
    });
    if (problem) throw AppError.rule('not_instant_eligible', problem.reason, [problem]);
  }

  /** Closes the just-received dossier as resolved and handed to the applicant, and announces the hand-over. */
  async record(
    uow: UnitOfWork,
    dossier: { code: string; receivingUnitCode: string; staffId: string; appointmentAt: Date },
    input: InstantResolutionInput,
    at: Date,
  ): Promise<NonNullable<Receipt['instant']>> {
    const instant = { resultRef: input.resultRef, resolvedAt: at.toISOString(), timing: instantTiming(at, dossier.appointmentAt) };
    await uow.manager.query(
      `UPDATE intake.dossiers SET status = 'handed-over', outcome = 'resolved', result_ref = $2, result_summary = $3, result_ready_at = $4,
         handed_over_at = $4, handed_over_by = $5, handover_method = 'desk', handed_over_to = $6, instant = $7, version = version + 1
       WHERE code = $1`,
      [dossier.code, input.resultRef, input.summary ?? null, at, dossier.staffId, JSON.stringify({ kind: 'applicant' }), JSON.stringify(instant)],
    );
    const event: DossierHandedOverV1 = {
      dossierCode: dossier.code,
      receivingUnitCode: dossier.receivingUnitCode,
      method: 'desk',
      staffId: dossier.staffId,
      handedOverAt: instant.resolvedAt,
    };
    await uow.publish(DossierHandedOver.subject, event);
    return instant;
  }
}
