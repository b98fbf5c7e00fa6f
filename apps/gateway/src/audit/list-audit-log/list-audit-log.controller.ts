import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/roles.decorator';
import { QueryParams } from '../../http/input/staff-query.decorator';
import { AuditLogPage } from './audit-log.view';
import { AuditLogQuery } from './audit-log.query';
import { ListAuditLog } from './list-audit-log.use-case';

@ApiTags('audit')
@Controller('api/audit-log')
export class ListAuditLogController {
  constructor(private readonly listAuditLog: ListAuditLog) {}

  @Get()
  @Roles('auditor', 'province-admin')
  @ApiOperation({ summary: 'State-changing requests on record, newest first: who, unit, what, when, outcome (never request bodies)' })
  @ApiOkResponse({ type: AuditLogPage })
  list(@QueryParams(AuditLogQuery, ['limit']) query: AuditLogQuery): Promise<AuditLogPage> {
    return this.listAuditLog.execute(query);
  }
}
