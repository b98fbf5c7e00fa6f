import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CitizenPreferences, CitizenPreferencesQuery, type CitizenPreferencesView } from '@motcua/contracts';
import { Roles } from '../../auth/roles.decorator';
import { Downstream } from '../../downstream/downstream';
import { StaffQuery } from '../../http/input/staff-query.decorator';
import { ApiDownstreamErrors } from '../../http/openapi/api-docs.decorators';

@ApiTags('notification')
@ApiDownstreamErrors()
@Controller('api/notification/preferences')
export class CitizenPreferencesController {
  constructor(private readonly downstream: Downstream) {}

  @Get()
  @Roles('desk-clerk', 'after-hours-clerk', 'unit-admin')
  @ApiOperation({ summary: "A citizen's preferred channel and consent per channel, with their history, by phone or e-mail (notification)" })
  @ApiOkResponse({ description: 'CitizenPreferencesView' })
  find(@StaffQuery(CitizenPreferencesQuery) query: CitizenPreferencesQuery): Promise<CitizenPreferencesView> {
    return this.downstream.call(CitizenPreferences, query);
  }
}
