import { Body, Controller, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PublicEndpoint } from '../../auth/roles.decorator';
import { ContractBodyPipe } from '../../http/input/contract-body.pipe';
import { ApiJsonBody, ErrorResponseDoc } from '../../http/openapi/api-docs.decorators';
import { LoginRateLimit } from '../../public/rate-limit/public-lookup-rate-limit.guard';
import { LoginBody, LoginResult } from './login.body';
import { Login } from './login.use-case';

@ApiTags('auth')
@Controller('api/auth')
export class LoginController {
  constructor(private readonly login: Login) {}

  @Post('login')
  @HttpCode(200)
  @PublicEndpoint()
  @UseGuards(LoginRateLimit)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Staff login: a short-lived bearer access token and a single-use refresh token' })
  @ApiJsonBody(LoginBody, { username: 'clerk.tanphuoc', password: 'demo1234' })
  @ApiOkResponse({ type: LoginResult })
  @ApiResponse({ status: 400, type: ErrorResponseDoc, description: 'Missing or invalid fields' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDoc, description: 'Unknown user, wrong password or disabled account (one message for all)' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDoc, description: 'Username locked after repeated failures (login_locked), or too many attempts from this address (rate_limited)' })
  execute(@Body(new ContractBodyPipe(LoginBody)) body: LoginBody): Promise<LoginResult> {
    return this.login.execute(body);
  }
}
