import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierSupplemented, type DossierSupplementedV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { LegalCalendarSource } from '@motcua/platform';
import { officeDeadline } from '../transfers/office-deadline';
import { TransferRepository } from '../transfers/transfer-repository';

/** The complete dossier is back: the office's clock restarts from zero against the new appointment. */
@Controller()
export class OnDossierSupplementedHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly transfers: TransferRepository,
    private readonly calendars: LegalCalendarSource,
  ) {}

  @OnEvent(DossierSupplemented)
  async handle(@Payload() event: DossierSupplementedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      const transfer = await this.transfers.findByDossier(event.dossierCode, uow.manager, true);
      if (!transfer || transfer.status !== 'awaiting-supplement') return; // nothing waits for it: a stray or late copy
      const appointmentAt = new Date(event.newAppointmentAt);
      const at = new Date(event.supplementedAt);
      await this.transfers.recordHandover(uow.manager, {
        transferId: transfer.id,
        dossierCode: transfer.dossier_code,
        step: 'supplemented',
        fromUnitCode: transfer.receiving_unit_code,
        toUnitCode: transfer.to_unit_code,
        at,
      });
      await this.transfers.update(uow.manager, transfer, {
        status: 'acknowledged',
        supplement_items: null,
        appointment_at: appointmentAt,
        due_at: officeDeadline(appointmentAt, transfer.return_budget_working_days, this.calendars.current(transfer.province_code ?? undefined)),
      });
    });
  }
}
