import type { StaffActor, StaffRole } from '@motcua/contracts';

/** Desk staff who keep their own desk's register. */
const DESK_REGISTER_ROLES: readonly StaffRole[] = ['desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin'];
/** Administrators who read the registers of the desks under their unit. */
const ADMIN_ROLES: readonly StaffRole[] = ['unit-admin', 'province-admin'];

/**
 * Who may read the register's personal columns of a desk's dossier: the desk's own staff, administrators of a unit
 * above the desk, auditors. The same rule as tracking's mayReadRegister (apps share no code; keep them alike).
 * `ancestry` is the desk's unit followed by its parents up to the root.
 */
export function mayReadRegisterApplicants(actor: StaffActor, deskUnitCode: string, ancestry: readonly string[]): boolean {
  const has = (roles: readonly StaffRole[]) => actor.roles.some((role) => roles.includes(role));
  if (has(['auditor'])) return true;
  // The same-unit rule only adds desk roles: an administrator whose own unit is the desk keeps the admin right.
  if (actor.unitCode === deskUnitCode && has(DESK_REGISTER_ROLES)) return true;
  return has(ADMIN_ROLES) && ancestry.includes(actor.unitCode);
}
