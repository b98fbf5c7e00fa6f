import { IsIn, IsOptional } from 'class-validator';
import { IsDay } from '../../catalogue/day';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import type { UnitAlias, UnitRecord } from '../../reference/reference-data';

/** The unit tree: versions in force on a day (default today), or every version, with the merger aliases. */
export class ExportUnitsQuery extends StaffQueryEnvelope {
  @IsOptional() @IsDay() on?: string;
  @IsOptional() @IsIn(['in-force', 'all']) versions?: 'in-force' | 'all';
}

/** Re-importable as it is (ImportUnitsBody's shape). */
export interface UnitTreeExport {
  on: string | null;
  units: UnitRecord[];
  aliases: UnitAlias[];
}

export const ExportUnits = defineRpc<ExportUnitsQuery, UnitTreeExport>('routing.qry.export-units', ExportUnitsQuery);
