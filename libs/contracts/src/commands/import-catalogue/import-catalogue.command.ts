import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { BundleInput, ProcedureVersionInput } from '../../catalogue/procedure-input';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { NestedObject } from '../../core/nested-object';

/** What an import did (or, with dryRun, would do); every entry is `<code>@<validFrom>`. */
export interface ImportReport {
  dryRun: boolean;
  inserted: string[];
  updated: string[];
  unchanged: number;
  /** Open-ended versions closed the day before a new version of the same code starts. */
  closed: string[];
  /** Unit imports: merger aliases added or changed, as `<old code>→<successor code>`. */
  aliases?: string[];
}

/**
 * Procedure versions and bundles, all or nothing; a version already in force may only be closed, not rewritten.
 * Sizes stay under NATS's default 1 MB message: a larger catalogue is imported in several files.
 */
export class ImportCatalogueBody {
  @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => ProcedureVersionInput) procedures: ProcedureVersionInput[];
  @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => BundleInput) bundles?: BundleInput[];
  /** Validate and report only. */
  @IsOptional() @IsBoolean() dryRun?: boolean;
}

export class ImportCatalogueCommand extends CommandEnvelope {
  @NestedObject(() => ImportCatalogueBody) body: ImportCatalogueBody;
}

/** The catalogue as CSV (one row per procedure version, the columns of the CSV export). */
export class ImportCatalogueCsvBody {
  @IsString() @Length(1, 600_000) csv: string;
  @IsOptional() @IsBoolean() dryRun?: boolean;
}

export class ImportCatalogueCsvCommand extends CommandEnvelope {
  @NestedObject(() => ImportCatalogueCsvBody) body: ImportCatalogueCsvBody;
}

export const ImportCatalogue = defineRpc<ImportCatalogueCommand, ImportReport>('routing.cmd.import-catalogue', ImportCatalogueCommand);
export const ImportCatalogueCsv = defineRpc<ImportCatalogueCsvCommand, ImportReport>('routing.cmd.import-catalogue-csv', ImportCatalogueCsvCommand);
