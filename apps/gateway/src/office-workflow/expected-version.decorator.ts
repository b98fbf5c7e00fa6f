import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '@motcua/contracts';

/**
 * Optimistic concurrency over HTTP: `If-Match: <version>` (the transfer's `version` the user saw). Absent means
 * "whatever the current version"; two handlers sending the same version cannot both win.
 */
export const ExpectedVersion = createParamDecorator((_: unknown, ctx: ExecutionContext): number | undefined => {
  const raw = ctx.switchToHttp().getRequest<Request>().header('if-match');
  if (raw === undefined) return undefined;
  const value = raw.replace(/^W\//, '').replace(/"/g, '').trim();
  if (!/^[1-9]\d{0,8}$/.test(value)) {
    throw AppError.invalid([{ field: 'If-Match', reason: 'phải là phiên bản của phiếu chuyển, một số nguyên dương' }]);
  }
  return Number(value);
});
