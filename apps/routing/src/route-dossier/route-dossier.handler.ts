import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierReceived, DossierRouted, resolveUnit, type Channel, type DossierReceivedV1, type DossierRoutedV1, ancestorAt } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { vietnamDayOf } from '@motcua/working-days';
import { ReferenceStore } from '../reference/reference-store';
import { decideRoute } from './plan-route';

/** Channels that leave a paper dossier at the desk: it travels with the electronic one (Decree 61 Art. 17). */
const PAPER_CHANNELS: readonly Channel[] = ['counter', 'after-hours-counter', 'post', 'outreach'];

/**
 * Each received dossier gets its competent unit, its legs and the total limit, decided on the reference data of its
 * reception day (a dossier of 30 Jun 2025 goes up to the district, one of 1 Jul 2025 does not). A dossier that cannot
 * be routed fails with the reason and ends in the dead letters after its retries — never routed into nowhere.
 */
@Controller()
export class RouteDossierHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: ReferenceStore,
  ) {}

  @OnEvent(DossierReceived)
  async handle(@Payload() event: DossierReceivedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      // Resolved and returned at the desk in one visit (no-appointment day): nothing to route.
      if (event.instant) return;
      const day = vietnamDayOf(new Date(event.receivedAt));
      const units = await this.store.unitsAround([event.receivingUnitCode], day, uow.manager);
      const procedure = await this.store.procedureOn(event.procedureCode, day, uow.manager);
      // A desk merged away that day (a replica a little behind) hands over to its successor.
      const aliases = await this.store.aliases(uow.manager);
      const receiving = resolveUnit(event.receivingUnitCode, day, units, (code) => aliases.find((a) => a.code === code))?.unit;
      if (!procedure || !receiving) {
        throw new Error(`no procedure ${event.procedureCode} or unit ${event.receivingUnitCode} in force on ${day}`);
      }
      const plan = decideRoute(procedure, receiving, units, day);
      await uow.manager.query(
        `INSERT INTO routing.routes (dossier_code, procedure_code, receiving_unit_code, competent_unit_code, mode, legs, decided_on, time_limit, competent_office)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          event.dossierCode,
          procedure.code,
          receiving.code,
          plan.competentUnitCode,
          plan.mode,
          JSON.stringify(plan.legs),
          day,
          JSON.stringify(plan.timeLimit),
          plan.office ? JSON.stringify(plan.office) : null,
        ],
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
        timeLimit: plan.timeLimit,
        competentUnitName: plan.competentUnitName,
        ...(plan.office ? { competentOffice: plan.office } : {}),
        headApprovalRequired: plan.headApprovalRequired,
        paperTransfer: plan.mode === 'relay' && PAPER_CHANNELS.includes(event.channel),
        provinceCode: ancestorAt(receiving, 'province', units, day)?.code,
      };
      await uow.publish(DossierRouted.subject, routed);
    });
  }
}
