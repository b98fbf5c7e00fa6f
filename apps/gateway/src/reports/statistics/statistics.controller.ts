import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DossierStatisticsQuery, DossierStatisticsRpc, type DossierStatistics } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

/** Who reads figures for a unit and the units under it (tracking checks the unit). */
export const REPORT_ROLES = ['office-head', 'unit-admin', 'province-admin', 'auditor'] as const;

@ApiTags('reports')
@ApiDownstreamErrors()
@Controller('api/reports')
export class StatisticsController {
  constructor(private readonly downstream: Downstream) {}

  @Get('statistics')
  @Roles(...REPORT_ROLES)
  @ApiOperation({
    summary: 'On-time statistics of a unit and its children for a period of days (tracking)',
    description:
      'Received, carried over, resolved early / on time / late, in progress late / near-late / not yet due, withdrawn, refused, average resolution time per time unit, after-hours and instant-day counts; optionally one row per child unit, procedure, field or channel (groupBy=procedure also lists the period\'s procedures whatever the procedure filter), or a time series in one answer: groupBy=month (calendar months) or groupBy=week (ISO weeks, Vietnam days), each row the figures of its days alone.',
  })
  @ApiOkResponse({ description: 'DossierStatistics' })
  statistics(@StaffQuery(DossierStatisticsQuery) query: DossierStatisticsQuery): Promise<DossierStatistics> {
    return this.downstream.call(DossierStatisticsRpc, query);
  }
}
