import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { UnitAliasInput, UnitVersionInput } from '../../catalogue/unit-input';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { NestedObject } from '../../core/nested-object';
import type { ImportReport } from '../import-catalogue/import-catalogue.command';

/** Unit versions and merger aliases of the administrator's province, all or nothing. */
export class ImportUnitsBody {
  @IsArray() @ArrayMaxSize(3000) @ValidateNested({ each: true }) @Type(() => UnitVersionInput) units: UnitVersionInput[];
  @IsOptional() @IsArray() @ArrayMaxSize(3000) @ValidateNested({ each: true }) @Type(() => UnitAliasInput) aliases?: UnitAliasInput[];
  @IsOptional() @IsBoolean() dryRun?: boolean;
}

export class ImportUnitsCommand extends CommandEnvelope {
  @NestedObject(() => ImportUnitsBody) body: ImportUnitsBody;
}

export const ImportUnits = defineRpc<ImportUnitsCommand, ImportReport>('routing.cmd.import-units', ImportUnitsCommand);
