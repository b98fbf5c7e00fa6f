import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { StaffActor } from '@motcua/contracts';
import { Actor } from '../../../auth/actor.decorator';
import type { AuthenticatedRequest } from '../../../auth/authenticated-request';
import { OwnAccount } from '../../../auth/roles.decorator';
import { ContractBodyPipe } from '../../../http/input/contract-body.pipe';
import { ApiJsonBody, ErrorResponseDoc } from '../../../http/openapi/api-docs.decorators';
import { ChangePasswordBody } from './change-password.body';
import { ChangePassword } from './change-password.use-case';

@ApiTags('auth')
@Controller('api/auth')
export class ChangePasswordController {
  constructor(private readonly changePassword: ChangePassword) {}

  @Post('password')
  @HttpCode(204)
  @OwnAccount()
  @ApiOperation({ summary: "Change one's own password; every other session of the account ends" })
  @ApiJsonBody(ChangePasswordBody, { currentPassword: 'demo1234', newPassword: 'Sen-hong-Thap-Muoi-2026' })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiResponse({ status: 400, type: ErrorResponseDoc, description: 'currentPassword wrong, or newPassword too weak (each reason named)' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDoc, description: 'Locked after repeated wrong passwords' })
  change(@Actor() actor: StaffActor, @Req() request: AuthenticatedRequest, @Body(new ContractBodyPipe(ChangePasswordBody)) body: ChangePasswordBody): Promise<void> {
    return this.changePassword.execute(actor, request.sessionId!, body);
  }
}
