import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';
import { DossierRouted, TransferSent, type DossierRoutedV1, type TransferSentV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { LegalCalendarSource } from '@motcua/platform';
import { TransactionRunner } from '@motcua/persistence';
import { ReferenceReplica } from '../reference/reference-replica';
import { officeDeadline } from '../transfers/office-deadline';
import { paperDeadline } from '../transfers/paper-deadline';
import { TransferRepository } from '../transfers/transfer-repository';

/**
 * A routed dossier leaves the desk for its competent office at once (electronic transfer); the office must
 * finish early enough for the return leg to reach the desk by the citizen's appointment.
 */
@Controller()
export class OnDossierRoutedHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly transfers: TransferRepository,
    private readonly calendars: LegalCalendarSource,
    private readonly reference: ReferenceReplica,
  ) {}

  @OnEvent(DossierRouted)
  async handle(@Payload() event: DossierRoutedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      const forward = event.legs.find((leg) => leg.direction === 'forward') ?? event.legs[0];
      const back = event.legs.find((leg) => leg.direction === 'return');
      const sentAt = new Date();
      const calendar = this.calendars.current(event.provinceCode);
      const dueAt = officeDeadline(new Date(event.appointmentAt), back?.budgetWorkingDays ?? 0, calendar);
      const id = randomUUID();
      const paperDueAt = event.paperTransfer ? paperDeadline(new Date(event.receivedAt), calendar) : null;
      await uow.manager.query(
        `INSERT INTO relay.transfers (id, dossier_code, procedure_code, receiving_unit_code, from_unit_code, to_unit_code,
           status, sent_at, due_at, return_budget_working_days, appointment_at, head_approval_required, paper_due_at, province_code,
           received_at, procedure_name, receiving_unit_name, office_name)
         VALUES ($1, $2, $3, $4, $5, $6, 'sent', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [
          id,
          event.dossierCode,
          event.procedureCode,
          event.receivingUnitCode,
          forward.fromUnitCode,
          forward.toUnitCode,
          sentAt,
          dueAt,
          back?.budgetWorkingDays ?? 0,
          new Date(event.appointmentAt),
          event.headApprovalRequired ?? false,
          paperDueAt,
          event.provinceCode ?? null,
          new Date(event.receivedAt),
          this.reference.procedure(event.procedureCode)?.name ?? null,
          this.reference.findUnit(event.receivingUnitCode)?.name ?? null,
          this.officeName(event, forward.toUnitCode),
        ],
      );
      await this.transfers.recordHandover(uow.manager, {
        transferId: id,
        dossierCode: event.dossierCode,
        step: 'sent',
        fromUnitCode: forward.fromUnitCode,
        toUnitCode: forward.toUnitCode,
        at: sentAt,
      });
      const sent: TransferSentV1 = {
        transferId: id,
        dossierCode: event.dossierCode,
        fromUnitCode: forward.fromUnitCode,
        toUnitCode: forward.toUnitCode,
        sentAt: sentAt.toISOString(),
        dueAt: dueAt.toISOString(),
      };
      await uow.publish(TransferSent.subject, sent);
    });
  }

  /** The office that apologises on form 04: its own unit's name, else what routing named it. */
  private officeName(event: DossierRoutedV1, toUnitCode: string): string | null {
    if (toUnitCode === event.competentUnitCode && event.competentOffice?.name) return event.competentOffice.name;
    return this.reference.findUnit(toUnitCode)?.name ?? event.competentOffice?.name ?? event.competentUnitName ?? null;
  }
}
