import { IsIn, IsOptional } from 'class-validator';
import { IsDay } from '../../catalogue/day';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import type { BundleRecord, ProcedureRecord } from '../../reference/reference-data';

/** The catalogue as it stands: the versions in force on a day (default today), or every version. */
export class ExportCatalogueQuery extends StaffQueryEnvelope {
  @IsOptional() @IsDay() on?: string;
  @IsOptional() @IsIn(['in-force', 'all']) versions?: 'in-force' | 'all';
}

/** Re-importable as it is (ImportCatalogueBody's shape). */
export interface CatalogueExport {
  on: string | null;
  procedures: ProcedureRecord[];
  bundles: BundleRecord[];
}

export interface CsvExport {
  filename: string;
  /** UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese correctly. */
  csv: string;
}

export const ExportCatalogue = defineRpc<ExportCatalogueQuery, CatalogueExport>('routing.qry.export-catalogue', ExportCatalogueQuery);
export const ExportCatalogueCsv = defineRpc<ExportCatalogueQuery, CsvExport>('routing.qry.export-catalogue-csv', ExportCatalogueQuery);
