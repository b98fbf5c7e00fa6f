import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '@motcua/contracts';
import { Actor } from '../../auth/actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { ListOfficeStaff } from './list-office-staff.use-case';
import { OfficeColleagues } from './office-staff.view';

@ApiTags('office')
@Controller('api/office')
export class OfficeStaffController {
  constructor(private readonly listOfficeStaff: ListOfficeStaff) {}

  @Get('staff')
  @Roles('office-handler', 'office-head')
  @ApiOperation({ summary: 'The active office handlers and heads of your own unit (id and name), to assign a dossier and show who holds it' })
  @ApiOkResponse({ type: OfficeColleagues })
  list(@Actor() actor: StaffActor): Promise<OfficeColleagues> {
    return this.listOfficeStaff.execute(actor);
  }
}
