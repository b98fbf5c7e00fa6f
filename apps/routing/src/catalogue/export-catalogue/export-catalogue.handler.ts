import { Controller } from '@nestjs/common';
import { ExportCatalogue, ExportCatalogueCsv, type CatalogueExport, type CsvExport, type ExportCatalogueQuery } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { vietnamDayOf } from '@motcua/working-days';
import { assertReferenceReader } from '../../admin/admin-access';
import { ReferenceStore } from '../../reference/reference-store';
import { catalogueToCsv } from '../catalogue-csv';

/** The catalogue as JSON (re-importable as it is) or as CSV: the versions of one day, or every version. */
@Controller()
export class ExportCatalogueHandler {
  constructor(private readonly store: ReferenceStore) {}

  @OnRpc(ExportCatalogue)
  async exportJson(query: ExportCatalogueQuery): Promise<CatalogueExport> {
    assertReferenceReader(query.actor);
    const on = query.versions === 'all' ? null : (query.on ?? vietnamDayOf(new Date()));
    return {
      on,
      procedures: on ? await this.store.proceduresOn(on) : await this.store.procedures(),
      bundles: on ? await this.store.bundlesOn(on) : await this.store.bundles(),
    };
  }

  @OnRpc(ExportCatalogueCsv)
  async exportCsv(query: ExportCatalogueQuery): Promise<CsvExport> {
    const { on, procedures } = await this.exportJson(query);
    return { filename: `danh-muc-thu-tuc-${on ?? 'tat-ca-phien-ban'}.csv`, csv: catalogueToCsv(procedures) };
  }
}
