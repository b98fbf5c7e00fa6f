import { AppError, type StaffActor } from '@motcua/contracts';

const DESK_ROLES = ['desk-clerk', 'after-hours-clerk'];

/** Only desk staff act at a desk, and only at their own unit's desk. */
export function assertDeskStaff(actor: StaffActor, unitCode?: string): void {
  if (!actor.roles.some((role) => DESK_ROLES.includes(role))) {
    throw AppError.forbidden('Chỉ cán bộ bộ phận một cửa được tiếp nhận hồ sơ và trả kết quả');
  }
  if (unitCode !== undefined && unitCode !== actor.unitCode) {
    throw AppError.forbidden('Hồ sơ này thuộc bộ phận một cửa của đơn vị khác');
  }
}
