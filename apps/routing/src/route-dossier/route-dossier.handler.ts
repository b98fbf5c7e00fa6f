import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierReceived, DossierRouted, type DossierReceivedV1, type DossierRoutedV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { vietnamDayOf } from '@motcua/working-days';
import { ReferenceStore } from '../reference/reference-store';
import { planRoute } from './plan-route';

/** Each received dossier gets its competent unit and its legs, decided on the reference data of its reception day. */
@Controller()
export class RouteDossierHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: ReferenceStore,
  ) {}

  @OnEvent(DossierReceived)
  async handle(@Payload() event: DossierReceivedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      const day = vietnamDayOf(new Date(event.receivedAt));
      const units = new Map((await this.store.unitsOn(day, uow.manager)).map((u) => [u.code, u]));
      const procedure = (await this.store.proceduresOn(day, uow.manager)).find((p) => p.code === event.procedureCode);
      const receiving = units.get(event.receivingUnitCode);
      if (!procedure || !receiving) {
        throw new Error(`no procedure ${event.procedureCode} or unit ${event.receivingUnitCode} in force on ${day}`);
      }
      const plan = planRoute(procedure, receiving, units);
      await uow.manager.query(
        `INSERT INTO routing.routes (dossier_code, procedure_code, receiving_unit_code, competent_unit_code, mode, legs)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [event.dossierCode, procedure.code, receiving.code, plan.competentUnitCode, plan.mode, JSON.stringify(plan.legs)],
      );
      const routed: DossierRoutedV1 = {
        dossierCode: event.dossierCode,
        procedureCode: procedure.code,
        receivingUnitCode: receiving.code,
        competentUnitCode: plan.competentUnitCode,
        mode: plan.mode,
        receivedAt: event.receivedAt,
        appointmentAt: event.appointmentAt,
        legs: plan.legs,
      };
      await uow.publish(DossierRouted.subject, routed);
    });
  }
}
