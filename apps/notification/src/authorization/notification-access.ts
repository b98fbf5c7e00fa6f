import { AppError, type StaffActor, type StaffRole } from '@motcua/contracts';
import { vietnamDayOf } from '@motcua/working-days';
import type { ReferenceReplica } from '../reference/reference-replica';

const has = (actor: StaffActor, roles: readonly StaffRole[]) => actor.roles.some((r) => roles.includes(r));

/** Templates speak for the whole province: only its administrators read and preview them. */
export function assertTemplateAdmin(actor: StaffActor): void {
  if (!has(actor, ['province-admin'])) throw AppError.forbidden('Chỉ quản trị viên cấp tỉnh quản lý mẫu tin nhắn');
}

/** Whether the actor's own unit is a province in force today (not a district or commune holding the role). */
function actsFromProvince(actor: StaffActor, reference: ReferenceReplica, now: Date): boolean {
  const unit = reference.findUnit(actor.unitCode);
  const today = vietnamDayOf(now);
  return unit !== undefined && unit.type === 'province' && unit.validFrom <= today && (unit.validTo === null || unit.validTo >= today);
}

/**
 * Changing the wording every unit's citizens receive (one set for all units): a province administrator acting from a
 * province in force, as routing asks for the catalogue and scheduling for the legal calendar.
 */
export function assertTemplateEditor(actor: StaffActor, reference: ReferenceReplica, now: Date): void {
  assertTemplateAdmin(actor);
  if (!actsFromProvince(actor, reference, now)) {
    reference.requireUnit(actor.unitCode, 'actor.unitCode'); // 503 while the unit tree has not arrived yet
    throw AppError.forbidden('chỉ quản trị viên cấp tỉnh, dùng tài khoản của một tỉnh đang hoạt động, được thay đổi mẫu tin nhắn');
  }
}

/** Consent is recorded at the desk, on the citizen's behalf. */
export function assertDeskStaff(actor: StaffActor): void {
  if (!has(actor, ['desk-clerk', 'after-hours-clerk', 'unit-admin'])) throw AppError.forbidden('Chỉ cán bộ bộ phận một cửa ghi nhận lựa chọn nhận thông báo của công dân');
}

/**
 * A unit administrator sets their own unit's duty contact; a province administrator, acting from the province, that
 * of any unit inside it (as routing and scheduling scope them). An unknown unit is a 404 naming it.
 */
export function assertUnitContactAdmin(actor: StaffActor, unitCode: string, reference: ReferenceReplica, now: Date): void {
  if (has(actor, ['unit-admin']) && actor.unitCode === unitCode) return;
  if (has(actor, ['province-admin'])) {
    reference.requireUnit(unitCode, 'unitCode');
    if (actsFromProvince(actor, reference, now) && reference.provinceOf(unitCode) === actor.unitCode) return;
    throw AppError.forbidden('đơn vị này không thuộc tỉnh của tài khoản; quản trị viên cấp tỉnh chỉ đặt đầu mối trực cho đơn vị trong tỉnh mình');
  }
  throw AppError.forbidden('Chỉ quản trị viên của đơn vị (hoặc của tỉnh) đặt đầu mối trực của đơn vị');
}

/** Auditors and province administrators may report on any unit; everyone else on their own unit only. */
export function reportUnitScope(actor: StaffActor, asked: string | undefined): string | undefined {
  if (has(actor, ['auditor', 'province-admin'])) return asked;
  if (asked !== undefined && asked !== actor.unitCode) throw AppError.forbidden('Bạn chỉ xem được báo cáo của đơn vị mình');
  return actor.unitCode;
}
