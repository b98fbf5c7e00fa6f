import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '@motcua/contracts';
import { Actor } from '../../../auth/actor.decorator';
import { Roles } from '../../../auth/roles.decorator';
import { StaffIdParam } from '../../../http/input/path-params';
import { ApiStaffIdParam, ErrorResponseDoc } from '../../../http/openapi/api-docs.decorators';
import { StaffView } from '../staff.view';
import { GetStaff } from './get-staff.use-case';

@ApiTags('staff')
@Controller('api/staff')
export class GetStaffController {
  constructor(private readonly getStaff: GetStaff) {}

  @Get(':id')
  @Roles('unit-admin', 'province-admin', 'auditor')
  @ApiOperation({ summary: 'One staff account (a unit administrator: of their own unit)' })
  @ApiStaffIdParam()
  @ApiOkResponse({ type: StaffView })
  @ApiNotFoundResponse({ type: ErrorResponseDoc })
  get(@Actor() actor: StaffActor, @Param('id', StaffIdParam) id: string): Promise<StaffView> {
    return this.getStaff.execute(actor, id);
  }
}
