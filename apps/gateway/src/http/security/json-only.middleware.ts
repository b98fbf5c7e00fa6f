import type { NextFunction, Request, Response } from 'express';
import { AppError } from '@motcua/contracts';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** A request that carries a body must say it is JSON: a form or text body is a 415, not a body read as `{}`. */
export function jsonOnly(req: Request, _res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !JSON_TYPE.test(req.headers['content-type'] ?? '')) {
    return next(new AppError(415, 'unsupported_media_type', 'Kiểu nội dung không được hỗ trợ; hãy gửi JSON (Content-Type: application/json)', [
      { field: 'Content-Type', reason: 'phải là application/json' },
    ]));
  }
  next();
}
