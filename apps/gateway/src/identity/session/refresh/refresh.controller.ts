import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PublicEndpoint } from '../../../auth/roles.decorator';
import { ContractBodyPipe } from '../../../http/input/contract-body.pipe';
import { ApiJsonBody, ErrorResponseDoc } from '../../../http/openapi/api-docs.decorators';
import { SessionTokens } from '../../login/login.body';
import { RefreshBody } from './refresh.body';
import { Refresh } from './refresh.use-case';

@ApiTags('auth')
@Controller('api/auth')
export class RefreshController {
  constructor(private readonly refresh: Refresh) {}

  @Post('refresh')
  @HttpCode(200)
  @PublicEndpoint()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Trade a refresh token for a new access token and a new refresh token (the old one is spent)' })
  @ApiJsonBody(RefreshBody, { refreshToken: 'q0nF7m1m3bPZ5y9Xo0j2m2m3b2n1Y5q0nF7m1m3bPZ5' })
  @ApiOkResponse({ type: SessionTokens })
  @ApiResponse({ status: 400, type: ErrorResponseDoc, description: 'Not a refresh token' })
  @ApiUnauthorizedResponse({
    type: ErrorResponseDoc,
    description: 'session_ended (unknown, expired or revoked token, disabled account) or refresh_token_reused (a spent token again: the session is revoked)',
  })
  execute(@Body(new ContractBodyPipe(RefreshBody)) body: RefreshBody): Promise<SessionTokens> {
    return this.refresh.execute(body.refreshToken);
  }
}
