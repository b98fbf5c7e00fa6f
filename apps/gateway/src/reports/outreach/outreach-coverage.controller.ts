import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OutreachCoverageQuery, OutreachCoverageRpc, type OutreachCoverage } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { REPORT_ROLES } from '../statistics/statistics.controller';

@ApiTags('reports')
@ApiDownstreamErrors()
@Controller('api/reports')
export class OutreachCoverageController {
  constructor(private readonly downstream: Downstream) {}

  @Get('outreach-coverage')
  @Roles(...REPORT_ROLES)
  @ApiOperation({ summary: 'Coverage of the outreach campaigns (home and school visits) of a unit and its children (tracking)' })
  @ApiOkResponse({ description: 'OutreachCoverage' })
  coverage(@StaffQuery(OutreachCoverageQuery) query: OutreachCoverageQuery): Promise<OutreachCoverage> {
    return this.downstream.call(OutreachCoverageRpc, query);
  }
}
