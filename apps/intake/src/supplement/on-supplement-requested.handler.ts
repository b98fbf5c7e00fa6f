import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { SupplementRequested, type SupplementRequestedV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { DossierRepository } from '../dossiers/dossier-repository';

/** The office asked for more: the desk sees what, and waits for the citizen to bring it. */
@Controller()
export class OnSupplementRequestedHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly dossiers: DossierRepository,
  ) {}

  @OnEvent(SupplementRequested)
  async handle(@Payload() event: SupplementRequestedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      const dossier = await this.dossiers.get(event.dossierCode, uow.manager, true);
      if (dossier.status === 'result-ready' || dossier.status === 'handed-over' || dossier.status === 'withdrawn') return;
      await uow.manager.query(
        `UPDATE intake.dossiers SET status = 'supplement-requested', supplement_items = $2, supplement_requested_at = $3,
           version = version + 1 WHERE code = $1`,
        [dossier.code, JSON.stringify(event.items), new Date(event.requestedAt)],
      );
    });
  }
}
