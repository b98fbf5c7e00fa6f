import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ExportCatalogue,
  ExportCatalogueCsv,
  ExportCatalogueQuery,
  ImportCatalogue,
  ImportCatalogueBody,
  ImportCatalogueCsv,
  ImportCatalogueCsvBody,
  type CatalogueExport,
  type ImportReport,
  type StaffActor,
} from '@motcua/contracts';
import { Actor } from '../auth/actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Downstream } from '../downstream/downstream';
import { ContractBodyPipe } from '../http/input/contract-body.pipe';
import { IdempotencyKey } from '../http/input/idempotency-key.decorator';
import { StaffQuery } from '../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../http/openapi/api-docs.decorators';
import { contractSchema } from '../http/openapi/contract-schema';

/** The effective-dated procedure catalogue (routing): province administrators import it, administrators and auditors read it. */
@ApiTags('catalogue')
@ApiDownstreamErrors()
@Controller('api/admin/catalogue/procedures')
export class ProcedureCatalogueController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles('province-admin', 'unit-admin', 'auditor')
  @ApiOperation({ summary: 'Export procedure versions and bundles as JSON (in force on `on`, default today; or `versions=all`), re-importable as is' })
  @ApiOkResponse({ description: 'CatalogueExport' })
  export(@StaffQuery(ExportCatalogueQuery) query: ExportCatalogueQuery): Promise<CatalogueExport> {
    return this.downstream.call(ExportCatalogue, query);
  }

  @Get('csv')
  @Roles('province-admin', 'unit-admin', 'auditor')
  @ApiOperation({ summary: 'Export procedure versions as CSV (UTF-8 with BOM), one row per version, re-importable as is' })
  @ApiProduces('text/csv')
  async exportCsv(@StaffQuery(ExportCatalogueQuery) query: ExportCatalogueQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { filename, csv } = await this.downstream.call(ExportCatalogueCsv, query);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return csv;
  }

  @Post('import')
  @HttpCode(200)
  @Roles('province-admin')
  @ApiOperation({ summary: 'Import procedure versions and bundles (JSON), all or nothing; every error names its row and field; `dryRun` only checks' })
  @ApiBody({ schema: contractSchema(ImportCatalogueBody) })
  @ApiOkResponse({ description: 'ImportReport' })
  import(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Body(new ContractBodyPipe(ImportCatalogueBody)) body: ImportCatalogueBody,
  ): Promise<ImportReport> {
    return this.downstream.call(ImportCatalogue, { idempotencyKey, actor, body });
  }

  @Post('import-csv')
  @HttpCode(200)
  @Roles('province-admin')
  @ApiOperation({ summary: 'Import procedure versions from CSV (the export’s columns) sent as `{ "csv": "…" }`; errors name the spreadsheet row and column' })
  @ApiBody({ schema: contractSchema(ImportCatalogueCsvBody) })
  @ApiOkResponse({ description: 'ImportReport' })
  importCsv(
    @Actor() actor: StaffActor,
    @IdempotencyKey() idempotencyKey: string,
    @Body(new ContractBodyPipe(ImportCatalogueCsvBody)) body: ImportCatalogueCsvBody,
  ): Promise<ImportReport> {
    return this.downstream.call(ImportCatalogueCsv, { idempotencyKey, actor, body });
  }
}
