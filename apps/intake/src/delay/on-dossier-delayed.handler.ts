import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierDelayed, type DossierDelayedV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { DossierRepository } from '../dossiers/dossier-repository';

/** The office apologised with a new appointment (form 04): the desk's record follows it. */
@Controller()
export class OnDossierDelayedHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly dossiers: DossierRepository,
  ) {}

  @OnEvent(DossierDelayed)
  async handle(@Payload() event: DossierDelayedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      const dossier = await this.dossiers.get(event.dossierCode, uow.manager, true);
      if (dossier.status === 'withdrawn') return;
      await uow.manager.query(
        `UPDATE intake.dossiers SET previous_appointment_at = appointment_at, appointment_at = $2, delay_reason = $3,
           version = version + 1 WHERE code = $1`,
        [dossier.code, new Date(event.newAppointmentAt), event.reason],
      );
    });
  }
}
