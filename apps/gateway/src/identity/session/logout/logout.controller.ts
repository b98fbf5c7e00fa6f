import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../../auth/authenticated-request';
import { OwnAccount } from '../../../auth/roles.decorator';
import { SessionStore } from '../session.store';

@ApiTags('auth')
@Controller('api/auth')
export class LogoutController {
  constructor(private readonly sessions: SessionStore) {}

  @Post('logout')
  @HttpCode(204)
  @OwnAccount()
  @ApiOperation({ summary: 'End this session: its access token and refresh token stop working at once' })
  @ApiNoContentResponse({ description: 'Logged out' })
  async logout(@Req() request: AuthenticatedRequest): Promise<void> {
    await this.sessions.revoke(request.sessionId!, 'logout');
  }
}
