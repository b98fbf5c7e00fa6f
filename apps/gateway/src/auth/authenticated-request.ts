import type { Request } from 'express';
import type { StaffActor } from '@motcua/contracts';

/** A request that passed StaffAuthGuard: the actor comes from the verified token, never from the client's body. */
export interface AuthenticatedRequest extends Request {
  actor?: StaffActor;
  /** The session of the access token (logout ends it; a password change keeps it). */
  sessionId?: string;
}
