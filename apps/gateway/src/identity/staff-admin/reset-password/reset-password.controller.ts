import { Controller, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '@motcua/contracts';
import { Actor } from '../../../auth/actor.decorator';
import { Roles } from '../../../auth/roles.decorator';
import { StaffIdParam } from '../../../http/input/path-params';
import { ApiStaffIdParam, ErrorResponseDoc } from '../../../http/openapi/api-docs.decorators';
import { StaffWithTemporaryPassword } from '../staff.view';
import { ResetPassword } from './reset-password.use-case';

@ApiTags('staff')
@Controller('api/staff')
export class ResetPasswordController {
  constructor(private readonly resetPassword: ResetPassword) {}

  @Post(':id/reset-password')
  @HttpCode(200)
  @Roles('unit-admin', 'province-admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Give an account a new one-time temporary password; lifts a lockout and ends its sessions' })
  @ApiStaffIdParam()
  @ApiOkResponse({ type: StaffWithTemporaryPassword })
  @ApiNotFoundResponse({ type: ErrorResponseDoc })
  reset(@Actor() actor: StaffActor, @Param('id', StaffIdParam) id: string): Promise<StaffWithTemporaryPassword> {
    return this.resetPassword.execute(actor, id);
  }
}
