import { Controller } from '@nestjs/common';
import { AppError, canReceive, PublicCatalogue, resolveUnit, type PublicCatalogueQuery, type PublicProcedure } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { vietnamDayOf } from '@motcua/working-days';
import { ReferenceStore } from '../reference/reference-store';
import { matches, toPublicProcedure } from './to-public-procedure';

/** The public catalogue of today; for one unit, only what its desk may receive (the rules intake applies). */
@Controller()
export class PublicCatalogueHandler {
  constructor(private readonly store: ReferenceStore) {}

  @OnRpc(PublicCatalogue)
  async handle(query: PublicCatalogueQuery): Promise<PublicProcedure[]> {
    const today = vietnamDayOf(new Date());
    const procedures = (await this.store.proceduresOn(today)).filter((p) => matches(p, query.search, query.field));
    if (!query.unitCode) return procedures.map((p) => toPublicProcedure(p));
    const units = await this.store.unitsAround([query.unitCode], today);
    const aliases = await this.store.aliases();
    const desk = resolveUnit(query.unitCode, today, units, (code) => aliases.find((a) => a.code === code))?.unit;
    if (!desk) throw AppError.notFound(`đơn vị ${query.unitCode}`);
    return procedures.filter((p) => canReceive(p, desk, units, today).ok).map((p) => toPublicProcedure(p, desk));
  }
}
