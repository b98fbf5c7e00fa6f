import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '@motcua/contracts';
import { Actor } from '../../../auth/actor.decorator';
import { OwnAccount } from '../../../auth/roles.decorator';
import { StaffView, toStaffView } from '../../staff-admin/staff.view';
import { StaffStore } from '../../staff/staff.store';

@ApiTags('auth')
@Controller('api/auth')
export class MeController {
  constructor(private readonly staff: StaffStore) {}

  @Get('me')
  @OwnAccount()
  @ApiOperation({ summary: 'The logged-in staff member: account, unit and roles' })
  @ApiOkResponse({ type: StaffView })
  async me(@Actor() actor: StaffActor): Promise<StaffView> {
    // The guard just found this account live: it exists.
    return toStaffView((await this.staff.findById(actor.staffId))!);
  }
}
