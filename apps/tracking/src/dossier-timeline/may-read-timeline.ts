import type { StaffActor, StaffRole } from '@motcua/contracts';

/** Roles that oversee every unit's dossiers. */
export const OVERSIGHT_ROLES: readonly StaffRole[] = ['auditor', 'province-admin'];

/**
 * Staff of a unit that takes part in the dossier (received it, decides it, relays it), or an overseer; `same` says
 * whether two codes name one unit today (mergers: a dossier of commune 29969 is 29972's after the merger).
 */
export function mayReadTimeline(
  actor: StaffActor,
  dossierUnits: readonly string[],
  same: (a: string, b: string) => boolean = (a, b) => a === b,
): boolean {
  return actor.roles.some((role) => OVERSIGHT_ROLES.includes(role)) || dossierUnits.some((code) => same(code, actor.unitCode));
}
