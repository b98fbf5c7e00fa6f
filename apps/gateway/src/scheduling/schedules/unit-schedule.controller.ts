import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UnitSchedule, UnitScheduleQuery, type UnitScheduleView } from '@motcua/contracts';
import { ANY_STAFF_ROLE, Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

@ApiTags('schedules')
@ApiDownstreamErrors()
@Controller('api/schedules')
export class UnitScheduleController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles(...ANY_STAFF_ROLE)
  @ApiOperation({ summary: "A unit's opening hours, sessions with rosters and theme days, day by day beside the legal calendar (scheduling)" })
  @ApiOkResponse({ description: 'UnitScheduleView' })
  schedule(@StaffQuery(UnitScheduleQuery) query: UnitScheduleQuery): Promise<UnitScheduleView> {
    return this.downstream.call(UnitSchedule, query);
  }
}
