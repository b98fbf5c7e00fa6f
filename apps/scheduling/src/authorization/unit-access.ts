import { AppError, type StaffActor, type StaffRole } from '@motcua/contracts';
import type { ReferenceReplica } from '../reference/reference-replica';

const has = (actor: StaffActor, ...roles: StaffRole[]) => actor.roles.some((role) => roles.includes(role));

/** A unit's opening hours, sessions and theme days: its own administrator, or its province's. */
export function assertManagesUnit(actor: StaffActor, unitCode: string, reference: ReferenceReplica): void {
  if (has(actor, 'unit-admin') && actor.unitCode === unitCode) return;
  if (has(actor, 'province-admin') && reference.provinceOf(unitCode) === actor.unitCode) return;
  throw AppError.forbidden('only the unit’s administrator or its province’s administrator may change its opening hours and sessions');
}

/** The legal calendar: province administrators (the national decisions, and their own province's days). */
export function assertProvinceAdmin(actor: StaffActor): void {
  if (!has(actor, 'province-admin')) throw AppError.forbidden('only a province administrator manages the legal calendar');
}

/** Counter work (queue, bookings of the day, outreach visits): staff of the unit itself. */
export function assertStaffOf(actor: StaffActor, unitCode: string, roles: StaffRole[]): void {
  if (!has(actor, ...roles)) throw AppError.forbidden(`this needs one of the roles: ${roles.join(', ')}`);
  if (actor.unitCode !== unitCode) throw AppError.forbidden('this belongs to another unit');
}
