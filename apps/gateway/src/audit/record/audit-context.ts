import { AsyncLocalStorage } from 'node:async_hooks';
import type { StaffRole } from '@motcua/contracts';

export interface AuditActor {
  staffId: string;
  username?: string;
  unitCode: string;
  roles: StaffRole[];
}

/** What the code serving a request tells the audit trail beyond the route: who (when not from a token) and on what. */
export interface AuditNote {
  actor?: AuditActor;
  target: Record<string, string | string[] | boolean>;
}

const storage = new AsyncLocalStorage<AuditNote>();

/** Runs the rest of the request with an empty note (see AuditMiddleware). */
export function runWithAuditNote<T>(note: AuditNote, work: () => T): T {
  return storage.run(note, work);
}

/** Who acts, once known: the token's staff member, or the account a login attempt was for. */
export function noteAuditActor(actor: AuditActor): void {
  const note = storage.getStore();
  if (note) note.actor = actor;
}

/** Identifiers of what was acted on (ids, codes, names of changed fields): never personal data, never secrets. */
export function noteAuditTarget(target: AuditNote['target']): void {
  const note = storage.getStore();
  if (note) Object.assign(note.target, target);
}
