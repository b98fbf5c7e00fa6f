import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  ExportUnits,
  ExportUnitsQuery,
  ImportUnits,
  ImportUnitsBody,
  ResolveUnit,
  type ImportReport,
  type ResolvedUnit,
  type StaffActor,
  type UnitTreeExport,
} from '@motcua/contracts';
import { Actor } from '../auth/actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Downstream } from '../downstream/downstream';
import { ContractBodyPipe } from '../http/input/contract-body.pipe';
import { IdempotencyKey } from '../http/input/idempotency-key.decorator';
import { QueryParams, StaffQuery } from '../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../http/openapi/api-docs.decorators';
import { contractSchema } from '../http/openapi/contract-schema';
import { ResolveUnitDayQuery } from './resolve-unit.query';
import { UnitCodeParam } from './unit-code.param';

/** The effective-dated tree of units, agencies and hamlets, with merger aliases (routing). */
@ApiTags('catalogue')
@ApiDownstreamErrors()
@Controller('api/admin/units')
export class UnitTreeController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles('province-admin', 'unit-admin', 'auditor')
  @ApiOperation({ summary: 'Export unit versions (in force on `on`, default today; or `versions=all`) and merger aliases, re-importable as is' })
  @ApiOkResponse({ description: 'UnitTreeExport' })
  export(@StaffQuery(ExportUnitsQuery) query: ExportUnitsQuery): Promise<UnitTreeExport> {
    return this.downstream.call(ExportUnits, query);
  }

  @Post('import')
  @HttpCode(200)
  @Roles('province-admin')
  @ApiOperation({ summary: 'Import unit versions and aliases of your province, all or nothing; every error names its row and field' })
  @ApiBody({ schema: contractSchema(ImportUnitsBody) })
  @ApiOkResponse({ description: 'ImportReport' })
  import(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Body(new ContractBodyPipe(ImportUnitsBody)) body: ImportUnitsBody,
  ): Promise<ImportReport> {
    return this.downstream.call(ImportUnits, { idempotencyKey, actor, body });
  }

  @Get(':code')
  @Roles('province-admin', 'unit-admin', 'auditor')
  @ApiOperation({ summary: 'A unit as of a day (default today): a code merged away resolves to its successor, with its history' })
  @ApiParam({ name: 'code', description: 'Unit code (GSO code, or an agency key)', example: '29969' })
  @ApiOkResponse({ description: 'ResolvedUnit' })
  resolve(
    @Actor() actor: StaffActor,
    @Param('code', new UnitCodeParam()) code: string,
    @QueryParams(ResolveUnitDayQuery) query: ResolveUnitDayQuery,
  ): Promise<ResolvedUnit> {
    return this.downstream.call(ResolveUnit, { actor, code, ...(query.on ? { on: query.on } : {}) });
  }
}
