import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { DossierRefusedAtDesk, type DossierRefusedAtDeskV1 } from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { CounterStore } from '../counters/counter-store';
import { deskRefusalCells } from './desk-refusal-cells';

/**
 * A refusal at the desk (form 03) into the statistics, once: by message (inbox) and by refusal id. It has no dossier
 * code, hence no timeline and no dossier fact — it is not a received dossier that ended.
 */
@Controller()
export class RecordDeskRefusalHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly counters: CounterStore,
  ) {}

  @OnEvent(DossierRefusedAtDesk)
  async handle(@Payload() e: DossierRefusedAtDeskV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, async ({ manager }) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO tracking.desk_refusals (refusal_id, number, receiving_unit_code, procedure_code, channel, reason_count, refused_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING 1`,
        [e.refusalId, e.number, e.receivingUnitCode, e.procedureCode, e.channel, e.reasonCount, e.refusedAt],
      );
      if (inserted.length === 0) return;
      await this.counters.apply(manager, deskRefusalCells(e));
      // Reports find units and procedures through the codes seen on dossiers; a desk that only refused counts too.
      await manager.query(
        `INSERT INTO tracking.known_codes (kind, code) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [['unit', 'procedure'], [e.receivingUnitCode, e.procedureCode]],
      );
    });
  }
}
