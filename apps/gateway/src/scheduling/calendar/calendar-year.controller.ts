import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarYear, CalendarYearQuery, type CalendarYearView } from '@motcua/contracts';
import { ANY_STAFF_ROLE, Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

@ApiTags('calendar')
@ApiDownstreamErrors()
@Controller('api/calendar')
export class CalendarYearController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles(...ANY_STAFF_ROLE)
  @ApiOperation({ summary: 'A year of the legal working-day calendar: holidays, Tết, compensatory and swap days; official or projected (scheduling)' })
  @ApiOkResponse({ description: 'CalendarYearView' })
  year(@StaffQuery(CalendarYearQuery, ['year']) query: CalendarYearQuery): Promise<CalendarYearView> {
    return this.downstream.call(CalendarYear, query);
  }
}
