import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '@motcua/contracts';
import { Actor } from '../../../auth/actor.decorator';
import { Roles } from '../../../auth/roles.decorator';
import { QueryParams } from '../../../http/input/staff-query.decorator';
import { StaffPage } from '../staff.view';
import { ListStaffQuery } from './list-staff.query';
import { ListStaff } from './list-staff.use-case';

@ApiTags('staff')
@Controller('api/staff')
export class ListStaffController {
  constructor(private readonly listStaff: ListStaff) {}

  @Get()
  @Roles('unit-admin', 'province-admin', 'auditor')
  @ApiOperation({ summary: 'Staff accounts: a unit administrator sees their unit, province administrators and auditors any unit' })
  @ApiOkResponse({ type: StaffPage })
  list(@Actor() actor: StaffActor, @QueryParams(ListStaffQuery, ['page', 'pageSize'], ['includeDisabled']) query: ListStaffQuery): Promise<StaffPage> {
    return this.listStaff.execute(actor, query);
  }
}
