import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { LoginBody, LoginResult } from './login.body';
import { Login } from './login.use-case';

@ApiTags('auth')
@Controller('api/auth')
export class LoginController {
  constructor(private readonly login: Login) {}

  @Post('login')
  @HttpCode(200)
  @PublicEndpoint()
  @ApiOperation({ summary: 'Staff login: returns a short-lived bearer access token' })
  @ApiOkResponse({ type: LoginResult })
  @ApiResponse({ status: 400, type: ErrorResponseDoc, description: 'Missing or invalid fields' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDoc, description: 'Unknown user, wrong password or disabled account (one message for all)' })
  execute(@Body(new ContractBodyPipe(LoginBody)) body: LoginBody): Promise<LoginResult> {
    return this.login.execute(body);
  }
}
