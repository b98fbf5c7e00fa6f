import type { StaffActor, StaffRole } from '@motcua/contracts';

/** Roles that oversee every unit's dossiers. */
export const OVERSIGHT_ROLES: readonly StaffRole[] = ['auditor', 'province-admin'];

/** Staff of a unit that takes part in the dossier (received it, decides it, relays it), or an overseer. */
export function mayReadTimeline(actor: StaffActor, dossierUnits: readonly string[]): boolean {
  return actor.roles.some((role) => OVERSIGHT_ROLES.includes(role)) || dossierUnits.includes(actor.unitCode);
}
