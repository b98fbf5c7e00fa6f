import { Body, Controller, Header, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '@motcua/contracts';
import { Actor } from '../../../auth/actor.decorator';
import { Roles } from '../../../auth/roles.decorator';
import { ContractBodyPipe } from '../../../http/input/contract-body.pipe';
import { ApiJsonBody, ErrorResponseDoc } from '../../../http/openapi/api-docs.decorators';
import { StaffWithTemporaryPassword } from '../staff.view';
import { CreateStaffBody } from './create-staff.body';
import { CreateStaff } from './create-staff.use-case';

@ApiTags('staff')
@Controller('api/staff')
export class CreateStaffController {
  constructor(private readonly createStaff: CreateStaff) {}

  @Post()
  @Roles('unit-admin', 'province-admin')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Open a staff account (unit administrator: own unit, unit roles only); returns a one-time temporary password' })
  @ApiJsonBody(CreateStaffBody, { username: 'clerk2.tanphuoc', displayName: 'Trần Văn Bình', unitCode: '29972', roles: ['desk-clerk'] })
  @ApiCreatedResponse({ type: StaffWithTemporaryPassword })
  @ApiConflictResponse({ type: ErrorResponseDoc, description: 'username_taken' })
  @ApiResponse({ status: 422, type: ErrorResponseDoc, description: 'unknown_unit / unit_not_in_force' })
  create(@Actor() actor: StaffActor, @Body(new ContractBodyPipe(CreateStaffBody)) body: CreateStaffBody): Promise<StaffWithTemporaryPassword> {
    return this.createStaff.execute(actor, body);
  }
}
