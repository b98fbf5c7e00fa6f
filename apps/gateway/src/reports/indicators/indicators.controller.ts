import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ServiceIndicatorsQuery, ServiceIndicatorsRpc, type ServiceIndicators } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';
import { REPORT_ROLES } from '../statistics/statistics.controller';

@ApiTags('reports')
@ApiDownstreamErrors()
@Controller('api/reports')
export class IndicatorsController {
  constructor(private readonly downstream: Downstream) {}

  @Get('indicators')
  @Roles(...REPORT_ROLES)
  @ApiOperation({
    summary: 'Decision 766 service-quality indicators of a unit and its children for a period (tracking)',
    description: 'Each indicator carries its formula, numerator and denominator; those our data cannot compute yet say what is missing.',
  })
  @ApiOkResponse({ description: 'ServiceIndicators' })
  indicators(@StaffQuery(ServiceIndicatorsQuery) query: ServiceIndicatorsQuery): Promise<ServiceIndicators> {
    return this.downstream.call(ServiceIndicatorsRpc, query);
  }
}
