import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '@motcua/contracts';
import { Actor } from '../../../auth/actor.decorator';
import { Roles } from '../../../auth/roles.decorator';
import { StaffIdParam } from '../../../http/input/path-params';
import { ApiStaffIdParam, ErrorResponseDoc } from '../../../http/openapi/api-docs.decorators';
import { StaffView } from '../staff.view';
import { SetStaffDisabled } from './set-staff-disabled.use-case';

@ApiTags('staff')
@Controller('api/staff')
export class SetStaffDisabledController {
  constructor(private readonly setDisabled: SetStaffDisabled) {}

  @Post(':id/disable')
  @HttpCode(200)
  @Roles('unit-admin', 'province-admin')
  @ApiOperation({ summary: 'Disable an account: it can no longer log in and its sessions end at once (not one’s own)' })
  @ApiStaffIdParam()
  @ApiOkResponse({ type: StaffView })
  @ApiNotFoundResponse({ type: ErrorResponseDoc })
  disable(@Actor() actor: StaffActor, @Param('id', StaffIdParam) id: string): Promise<StaffView> {
    return this.setDisabled.execute(actor, id, true);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Roles('unit-admin', 'province-admin')
  @ApiOperation({ summary: 'Enable a disabled account again' })
  @ApiStaffIdParam()
  @ApiOkResponse({ type: StaffView })
  @ApiNotFoundResponse({ type: ErrorResponseDoc })
  enable(@Actor() actor: StaffActor, @Param('id', StaffIdParam) id: string): Promise<StaffView> {
    return this.setDisabled.execute(actor, id, false);
  }
}
