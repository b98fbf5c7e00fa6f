import { AppError, type StaffActor, type StaffRole, type UnitRecord } from '@motcua/contracts';
import { vietnamDayOf } from '@motcua/working-days';
import type { ReferenceReplica } from '../reference/reference-replica';

const has = (actor: StaffActor, ...roles: StaffRole[]) => actor.roles.some((role) => roles.includes(role));

/** A unit's opening hours, sessions and theme days: its own administrator, or its province's. */
export function assertManagesUnit(actor: StaffActor, unitCode: string, reference: ReferenceReplica): void {
  if (has(actor, 'unit-admin') && actor.unitCode === unitCode) return;
  if (has(actor, 'province-admin') && reference.provinceOf(unitCode) === actor.unitCode) return;
  throw AppError.forbidden('Chỉ quản trị viên của đơn vị hoặc của tỉnh được thay đổi giờ làm việc và các phiên của đơn vị');
}

/** The legal calendar: province administrators (the national decisions, and their own province's days). */
export function assertProvinceAdmin(actor: StaffActor): void {
  if (!has(actor, 'province-admin')) throw AppError.forbidden('Chỉ quản trị viên cấp tỉnh quản lý lịch nghỉ, lịch làm việc theo quy định');
}

/**
 * Changing the legal calendar — the national official year as much as a province's own days — takes a province
 * administrator acting from a province in force (as routing asks for the catalogue and the unit tree): an account with
 * the role but sitting at a district or commune changes nothing of the calendar every unit counts on. Returns the province.
 */
export function assertProvinceLevelAdmin(actor: StaffActor, reference: ReferenceReplica, now = new Date()): UnitRecord {
  assertProvinceAdmin(actor);
  const unit = reference.requireUnit(actor.unitCode, 'actor.unitCode');
  const today = vietnamDayOf(now);
  const inForce = unit.validFrom <= today && (unit.validTo === null || unit.validTo >= today);
  if (unit.type !== 'province' || !inForce) throw AppError.forbidden('chỉ quản trị viên cấp tỉnh, dùng tài khoản của một tỉnh đang hoạt động, được thay đổi lịch làm việc');
  return unit;
}

/**
 * Counter work (queue, bookings of the day, outreach visits): staff of the unit itself. Another unit's ticket or
 * campaign is refused (403), not hidden: staff already know other units exist, and intake, relay and tracking answer
 * 403 for another unit's dossier or transfer too. Only the public side (a booking without its phone digits) hides.
 */
export function assertStaffOf(actor: StaffActor, unitCode: string, roles: StaffRole[]): void {
  if (!has(actor, ...roles)) throw AppError.forbidden(`Thao tác này cần một trong các vai trò: ${roles.join(', ')}`);
  if (actor.unitCode !== unitCode) throw AppError.forbidden('Mục này thuộc đơn vị khác');
}

/** A ticket or campaign found in another unit: it exists, but is not the actor's unit's to touch. */
export function assertOwnUnitResource(actor: StaffActor, resourceUnitCode: string, what: string): void {
  if (resourceUnitCode !== actor.unitCode) throw AppError.forbidden(`${what} thuộc đơn vị khác; chỉ cán bộ của đơn vị đó được thao tác`);
}
