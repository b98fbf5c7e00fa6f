import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError, type FieldProblem } from '@motcua/contracts';
import { INVALID_INPUT_MESSAGE } from './contract-body.pipe';

export const READS_QUERY_KEY = 'motcua:reads-query';
const BODY_PARAMTYPE = 3; // RouteParamtypes.BODY
const QUERY_PARAMTYPE = 4; // RouteParamtypes.QUERY

/**
 * Unknown fields are refused wherever they come: an endpoint that reads no query string (neither QueryParams /
 * StaffQuery nor Nest's @Query) answers `?anything=` with a 400 naming it, and one that reads no body refuses a
 * non-empty one (an empty `{}` is fine), instead of silently ignoring what the client meant to say.
 */
@Injectable()
export class UndeclaredInputGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const args = Object.keys((Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {}) as object);
    const reads = (paramtype: number) => args.some((key) => key.split(':')[0] === String(paramtype));
    const problems: FieldProblem[] = [];
    if (!this.reflector.get<boolean>(READS_QUERY_KEY, context.getHandler()) && !reads(QUERY_PARAMTYPE)) {
      for (const name of Object.keys(request.query ?? {})) problems.push({ field: name, reason: 'không được có trong yêu cầu' });
    }
    const body: unknown = request.body;
    const hasBody = body !== undefined && body !== null && !(typeof body === 'object' && Object.keys(body).length === 0);
    if (hasBody && !reads(BODY_PARAMTYPE)) problems.push({ field: '(body)', reason: 'phải để trống: thao tác này không nhận nội dung gửi lên' });
    if (problems.length > 0) throw AppError.invalid(problems, INVALID_INPUT_MESSAGE);
    return true;
  }
}
