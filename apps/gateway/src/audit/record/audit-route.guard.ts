import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { NOT_AUDITED_KEY, READ_METHODS } from './audit-metadata';

export interface AuditedRequest extends Request {
  /** Set on routed, state-changing requests: `POST /api/dossiers/:code/hand-over`. AuditMiddleware records those. */
  auditAction?: string;
}

/**
 * Global guard, so it runs before any other guard: it marks a matched, state-changing route as audited before an
 * authentication or role guard can refuse it (refusals are recorded too). It never refuses anything itself.
 */
@Injectable()
export class AuditRouteGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuditedRequest>();
    if (READ_METHODS.includes(request.method) || this.reflector.get<boolean>(NOT_AUDITED_KEY, context.getHandler())) return true;
    request.auditAction = `${request.method} ${request.route?.path ?? request.path}`;
    return true;
  }
}
