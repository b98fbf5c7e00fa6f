import { Controller } from '@nestjs/common';
import { AppError, canReceive, DeskCatalogue, resolveUnit, type DeskCatalogueQuery, type DeskCatalogueView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { vietnamDayOf } from '@motcua/working-days';
import { matches } from '../public-catalogue/to-public-procedure';
import { ReferenceStore } from '../reference/reference-store';

const DESK_ROLES = ['desk-clerk', 'after-hours-clerk'];

/**
 * What the actor's own desk may receive today, whole: the receive form builds its checklist, fees and after-hours
 * choice from it. The same `canReceive` intake applies, so the desk is never offered what intake would refuse.
 */
@Controller()
export class DeskCatalogueHandler {
  constructor(private readonly store: ReferenceStore) {}

  @OnRpc(DeskCatalogue)
  async handle(query: DeskCatalogueQuery): Promise<DeskCatalogueView> {
    if (!query.actor.roles.some((r) => DESK_ROLES.includes(r))) throw AppError.forbidden('chỉ cán bộ tiếp nhận xem danh mục của bộ phận một cửa');
    const today = vietnamDayOf(new Date());
    const units = await this.store.unitsAround([query.actor.unitCode], today);
    const aliases = await this.store.aliases();
    const desk = resolveUnit(query.actor.unitCode, today, units, (code) => aliases.find((a) => a.code === code))?.unit;
    if (!desk) throw AppError.notFound(`đơn vị ${query.actor.unitCode}`);
    const receivable = (await this.store.proceduresOn(today)).filter((p) => canReceive(p, desk, units, today).ok);
    const codes = new Set(receivable.map((p) => p.code));
    const bundles = (await this.store.bundlesOn(today)).filter((b) => b.procedureCodes.every((c) => codes.has(c)));
    return {
      unitCode: desk.code,
      deskName: desk.deskName,
      procedures: receivable.filter((p) => matches(p, query.search, query.field)),
      bundles: query.search || query.field ? bundles.filter((b) => b.procedureCodes.some((c) => receivable.some((p) => p.code === c && matches(p, query.search, query.field)))) : bundles,
    };
  }
}
