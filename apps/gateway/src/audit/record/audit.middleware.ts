import { Logger } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { AuthenticatedRequest } from '../../auth/authenticated-request';
import { runWithAuditNote, type AuditNote } from './audit-context';
import type { AuditLogStore } from './audit-log.store';
import type { AuditedRequest } from './audit-route.guard';

/** Path parameters are ids and codes; anything else (a mistyped phone number…) is not copied into the log. */
const SAFE_PARAM = /^[A-Za-z0-9._:-]{1,64}$/;

function safeParams(params: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, SAFE_PARAM.test(v) ? v : '(invalid)']));
}

/**
 * Records every routed, state-changing request (AuditRouteGuard marks them) in the append-only audit log: who,
 * unit, action, target identifiers, when, outcome. Never a body. The entry is written before the response leaves,
 * so a client that got an answer knows the request is on record; a failed write is logged, the answer still sent.
 */
export function auditMiddleware(store: AuditLogStore) {
  const log = new Logger('AuditLog');
  return (req: AuditedRequest & AuthenticatedRequest, res: Response, next: NextFunction): void => {
    const note: AuditNote = { target: {} };
    const at = new Date();
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      if (!req.auditAction) return end(...args);
      const actor = note.actor ?? (req.actor ? { ...req.actor } : undefined);
      const entry = {
        at,
        durationMs: Date.now() - at.getTime(),
        actor,
        action: req.auditAction,
        target: { ...safeParams(req.params as Record<string, string>), ...note.target },
        status: res.statusCode,
        errorCode: res.locals.errorCode as string | undefined,
        correlationId: res.getHeader('x-correlation-id') as string | undefined,
      };
      store
        .append(entry)
        .catch((error: unknown) =>
          log.error({ msg: 'audit entry not recorded', action: entry.action, status: entry.status, staffId: actor?.staffId, errorType: (error as Error)?.name }),
        )
        .finally(() => end(...args));
      return res;
    }) as Response['end'];
    runWithAuditNote(note, () => next());
  };
}
