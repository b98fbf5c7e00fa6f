import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ResultReady, ResultSentBack, type ResultReadyV1, type ResultSentBackV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { DossierRepository } from '../dossiers/dossier-repository';
import { ReferenceReplica } from '../reference/reference-replica';

/** The result is back at the receiving desk: the dossier waits for hand-over and the citizen is told where. */
@Controller()
export class OnResultSentBackHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly dossiers: DossierRepository,
    private readonly reference: ReferenceReplica,
  ) {}

  @OnEvent(ResultSentBack)
  async handle(@Payload() event: ResultSentBackV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      const dossier = await this.dossiers.get(event.dossierCode, uow.manager, true);
      // A withdrawn dossier is closed: a result the office sends back anyway changes nothing at the desk.
      if (dossier.status === 'handed-over' || dossier.status === 'result-ready' || dossier.status === 'withdrawn') return;
      await uow.manager.query(
        `UPDATE intake.dossiers SET status = 'result-ready', result_ref = $2, result_summary = $3, result_ready_at = now(),
           outcome = $4, version = version + 1 WHERE code = $1`,
        [dossier.code, event.resultRef, event.summary, event.outcome ?? 'resolved'],
      );
      const desk = this.reference.unit(dossier.receiving_unit_code);
      const ready: ResultReadyV1 = {
        dossierCode: dossier.code,
        receivingUnitCode: dossier.receiving_unit_code,
        collectAt: desk.deskName,
        resultDelivery: dossier.result_delivery,
        readyAt: new Date().toISOString(),
      };
      await uow.publish(ResultReady.subject, ready);
    });
  }
}
