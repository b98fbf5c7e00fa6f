import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { runWithCorrelation } from '@motcua/messaging';

const HEADER = 'x-correlation-id';
const VALID = /^[A-Za-z0-9-]{8,64}$/;

/** Every HTTP request runs under a correlation id (the caller's if well-formed), echoed in the response. */
export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header(HEADER);
  const correlationId = incoming && VALID.test(incoming) ? incoming : randomUUID();
  res.setHeader(HEADER, correlationId);
  runWithCorrelation(correlationId, () => next());
}
