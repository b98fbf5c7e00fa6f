import { Controller } from '@nestjs/common';
import { ExportUnits, type ExportUnitsQuery, type UnitTreeExport } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { vietnamDayOf } from '@motcua/working-days';
import { assertReferenceReader } from '../../admin/admin-access';
import { ReferenceStore } from '../../reference/reference-store';

/** The unit tree of one day (default today) or every version, with the merger aliases; re-importable as it is. */
@Controller()
export class ExportUnitsHandler {
  constructor(private readonly store: ReferenceStore) {}

  @OnRpc(ExportUnits)
  async handle(query: ExportUnitsQuery): Promise<UnitTreeExport> {
    assertReferenceReader(query.actor);
    const on = query.versions === 'all' ? null : (query.on ?? vietnamDayOf(new Date()));
    return { on, units: on ? await this.store.unitsOn(on) : await this.store.units(), aliases: await this.store.aliases() };
  }
}
