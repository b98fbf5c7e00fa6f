import type { StaffActor, StaffRole } from '@motcua/contracts';
import type { UnitTree } from './unit-tree';

/** Staff who read figures for their unit and every unit under it. */
const SUPERVISING_ROLES: readonly StaffRole[] = ['office-head', 'unit-admin', 'province-admin'];
/** Staff of a desk who keep its register. */
const DESK_REGISTER_ROLES: readonly StaffRole[] = ['desk-clerk', 'after-hours-clerk', 'office-head', 'unit-admin'];
/** Administrators who read the registers of the desks under their unit. */
const ADMIN_ROLES: readonly StaffRole[] = ['unit-admin', 'province-admin'];

const has = (actor: StaffActor, roles: readonly StaffRole[]) => actor.roles.some((role) => roles.includes(role));

/**
 * Statistics and indicators: auditors anywhere; supervisors for their own unit and what lies under it — their unit
 * as it is today, following mergers (an account of Đồng Tháp 87 reads 82's units, as routing lets it administer them).
 */
export function mayReadStatistics(actor: StaffActor, unitCode: string, tree: UnitTree): boolean {
  return has(actor, ['auditor']) || (has(actor, SUPERVISING_ROLES) && tree.isWithin(unitCode, actor.unitCode));
}

/**
 * The register holds applicants' names and addresses: the desk's own staff, administrators of a unit above the desk,
 * and auditors; units as they are today, following mergers. (intake applies the same rule to the personal columns it
 * answers.)
 */
export function mayReadRegister(actor: StaffActor, deskUnitCode: string, tree: UnitTree): boolean {
  if (has(actor, ['auditor'])) return true;
  // The same-unit rule only adds desk roles: an administrator whose own unit is the desk keeps the admin right.
  if (tree.same(actor.unitCode, deskUnitCode) && has(actor, DESK_REGISTER_ROLES)) return true;
  return has(actor, ADMIN_ROLES) && tree.isWithin(deskUnitCode, actor.unitCode);
}
