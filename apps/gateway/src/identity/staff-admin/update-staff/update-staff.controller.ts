import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '@motcua/contracts';
import { Actor } from '../../../auth/actor.decorator';
import { Roles } from '../../../auth/roles.decorator';
import { ContractBodyPipe } from '../../../http/input/contract-body.pipe';
import { StaffIdParam } from '../../../http/input/path-params';
import { ApiJsonBody, ApiStaffIdParam, ErrorResponseDoc } from '../../../http/openapi/api-docs.decorators';
import { StaffView } from '../staff.view';
import { UpdateStaffBody } from './update-staff.body';
import { UpdateStaff } from './update-staff.use-case';

@ApiTags('staff')
@Controller('api/staff')
export class UpdateStaffController {
  constructor(private readonly updateStaff: UpdateStaff) {}

  @Patch(':id')
  @Roles('unit-admin', 'province-admin')
  @ApiOperation({ summary: "Change an account's display name, unit or roles (not one's own unit or roles); its sessions end on a role or unit change" })
  @ApiStaffIdParam()
  @ApiJsonBody(UpdateStaffBody, { displayName: 'Trần Văn Bình', roles: ['desk-clerk', 'after-hours-clerk'] })
  @ApiOkResponse({ type: StaffView })
  @ApiNotFoundResponse({ type: ErrorResponseDoc })
  update(
    @Actor() actor: StaffActor,
    @Param('id', StaffIdParam) id: string,
    @Body(new ContractBodyPipe(UpdateStaffBody)) body: UpdateStaffBody,
  ): Promise<StaffView> {
    return this.updateStaff.execute(actor, id, body);
  }
}
