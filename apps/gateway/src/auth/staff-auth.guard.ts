import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { AppError, type StaffActor, type StaffRole } from '@motcua/contracts';
import { AccessTokens } from '../identity/token/access-tokens';
import { ROLES_KEY } from './access-metadata';
import type { AuthenticatedRequest } from './authenticated-request';

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/i;

/** Bearer token → StaffActor on the request, then the endpoint's roles. Unit scope is the services' to enforce. */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const actor = this.authenticate(request, http.getResponse<Response>());
    const allowed = this.reflector.get<StaffRole[] | undefined>(ROLES_KEY, context.getHandler()) ?? [];
    if (!actor.roles.some((role) => allowed.includes(role))) {
      throw AppError.forbidden(
        `Vai trò của bạn (${actor.roles.join(', ') || 'không có'}) không được thực hiện thao tác này; cần một trong các vai trò: ${allowed.join(', ')}`,
      );
    }
    request.actor = actor;
    return true;
  }

  private authenticate(request: AuthenticatedRequest, response: Response): StaffActor {
    const match = BEARER.exec(request.header('authorization') ?? '');
    if (!match) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      throw new AppError(401, 'unauthenticated', 'Cần đăng nhập: thiếu tiêu đề Authorization: Bearer <mã truy cập>');
    }
    const result = this.tokens.verify(match[1]);
    if (!result.ok) {
      response.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw result.reason === 'expired'
        ? new AppError(401, 'token_expired', 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại')
        : new AppError(401, 'invalid_token', 'Mã truy cập không hợp lệ; vui lòng đăng nhập lại');
    }
    const { staffId, unitCode, roles } = result.claims;
    return { staffId, unitCode, roles };
  }
}
