import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { AppError, type StaffActor, type StaffRole } from '@motcua/contracts';
import { noteAuditActor } from '../audit/record/audit-context';
import { SessionStore } from '../identity/session/session.store';
import type { AccessClaims } from '../identity/token/access-token';
import { AccessTokens } from '../identity/token/access-tokens';
import { OWN_ACCOUNT_KEY, ROLES_KEY } from './access-metadata';
import type { AuthenticatedRequest } from './authenticated-request';
import { outsideCounterSession, ScheduledCounterSessions } from './counter-sessions';
import { describeRoles } from './role-labels';

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/i;

/**
 * Bearer token → live session → StaffActor on the request, then the endpoint's roles, a pending password change,
 * and the after-hours counter's session. Unit scope of the data is the services' to enforce, on this actor.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly sessions: SessionStore,
    private readonly counterSessions: ScheduledCounterSessions,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const response = http.getResponse<Response>();
    const claims = this.verify(request, response);
    // Roles and unit as they are now, not as they were at login: a session ends when they change anyway.
    const session = await this.sessions.live(claims.sid, claims.staffId);
    if (!session) {
      response.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new AppError(401, 'session_ended', 'Phiên đăng nhập đã kết thúc (đăng xuất, tài khoản bị khóa hoặc thay đổi); vui lòng đăng nhập lại');
    }
    const actor: StaffActor = { staffId: session.staffId, unitCode: session.unitCode, roles: session.roles };
    noteAuditActor({ ...actor, username: session.username });
    // The name travels to the services for the forms that print their officer (form 02), never into the audit note.
    if (session.displayName) actor.displayName = session.displayName;

    const allowed = this.reflector.get<StaffRole[] | undefined>(ROLES_KEY, context.getHandler()) ?? [];
    const granting = actor.roles.filter((role) => allowed.includes(role));
    if (granting.length === 0) {
      throw AppError.forbidden(
        `Tài khoản của bạn (vai trò: ${describeRoles(actor.roles)}) không được thực hiện thao tác này; cần một trong các vai trò: ${describeRoles(allowed)}`,
      );
    }
    const ownAccount = this.reflector.get<boolean>(OWN_ACCOUNT_KEY, context.getHandler()) === true;
    if (session.mustChangePassword && !ownAccount) {
      throw new AppError(403, 'password_change_required', 'Bạn cần đổi mật khẩu trước khi làm việc tiếp (POST /api/auth/password)');
    }
    if (!ownAccount && granting.every((role) => role === 'after-hours-clerk')) {
      // Only an after-hours clerk's role opens this endpoint: it opens it during the unit's sessions only.
      const counter = await this.counterSessions.state(actor.unitCode, new Date());
      if (!counter.open) throw outsideCounterSession(counter);
    }
    request.actor = actor;
    request.sessionId = claims.sid;
    return true;
  }

  private verify(request: AuthenticatedRequest, response: Response): AccessClaims {
    const match = BEARER.exec(request.header('authorization') ?? '');
    if (!match) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      throw new AppError(401, 'unauthenticated', 'Cần đăng nhập: thiếu tiêu đề Authorization: Bearer <mã truy cập>');
    }
    const result = this.tokens.verify(match[1]);
    if (!result.ok) {
      response.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw result.reason === 'expired'
        ? new AppError(401, 'token_expired', 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại hoặc làm mới mã truy cập')
        : new AppError(401, 'invalid_token', 'Mã truy cập không hợp lệ; vui lòng đăng nhập lại');
    }
    return result.claims;
  }
}
