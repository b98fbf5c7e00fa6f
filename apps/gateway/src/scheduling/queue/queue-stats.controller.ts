import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QueueStats, QueueStatsQuery, type QueueStatsView } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

@ApiTags('queue')
@ApiDownstreamErrors()
@Controller('api/queue/stats')
export class QueueStatsController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles('desk-clerk', 'after-hours-clerk', 'unit-admin', 'auditor')
  @ApiOperation({ summary: "A day's queue of your unit per counter: numbers by status, waiting and service times (scheduling)" })
  @ApiOkResponse({ description: 'QueueStatsView' })
  stats(@StaffQuery(QueueStatsQuery) query: QueueStatsQuery): Promise<QueueStatsView> {
    return this.downstream.call(QueueStats, query);
  }
}
