import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@motcua/contracts';
import type { SessionTokens } from '../login/login.body';
import { AccessTokens } from '../token/access-tokens';
import { SessionStore, type IssuedRefreshToken } from './session.store';
import type { Sql } from '../staff/staff.store';

interface SessionSubject {
  id: string;
  unitCode: string;
  roles: StaffRole[];
  mustChangePassword: boolean;
}

/** Turns a session's refresh token into the pair a client holds: an access token for it and the refresh token. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionStore,
    private readonly tokens: AccessTokens,
  ) {}

  async start(staff: SessionSubject, sql?: Sql): Promise<SessionTokens> {
    return this.pair(staff, await this.sessions.start(staff.id, sql));
  }

  pair(staff: SessionSubject, refresh: IssuedRefreshToken): SessionTokens {
    const access = this.tokens.issue({ staffId: staff.id, unitCode: staff.unitCode, roles: staff.roles }, refresh.sessionId);
    return {
      accessToken: access.token,
      expiresAt: access.expiresAt.toISOString(),
      refreshToken: refresh.refreshToken,
      refreshExpiresAt: refresh.refreshExpiresAt.toISOString(),
      mustChangePassword: staff.mustChangePassword,
    };
  }
}
