import { IsOptional, IsString, Length } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import type { BundleRecord, ProcedureRecord } from '../../reference/reference-data';

/**
 * The catalogue as the actor's own desk works with it: the procedure versions in force today that this desk may
 * receive, whole (document codes, fill-on-behalf and in-person flags, fees per channel, exemptions, after-hours and
 * same-day rules), and the bundles made only of them. What the receive form needs; the public catalogue has less.
 */
export class DeskCatalogueQuery extends StaffQueryEnvelope {
  /** Words of the procedure's name (with or without diacritics) or its code. */
  @IsOptional() @IsString() @Length(1, 100) search?: string;
  @IsOptional() @IsString() @Length(1, 100) field?: string;
}

export interface DeskCatalogueView {
  unitCode: string;
  deskName: string;
  procedures: ProcedureRecord[];
  bundles: BundleRecord[];
}

export const DeskCatalogue = defineRpc<DeskCatalogueQuery, DeskCatalogueView>('routing.qry.desk-catalogue', DeskCatalogueQuery);
