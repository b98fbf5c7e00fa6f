import { AppError, type StaffActor } from '@motcua/contracts';

const DESK_ROLES = ['desk-clerk', 'after-hours-clerk'];

/** Only desk staff act at a desk, and only at their own unit's desk. */
export function assertDeskStaff(actor: StaffActor, unitCode?: string): void {
  if (!actor.roles.some((role) => DESK_ROLES.includes(role))) {
    throw AppError.forbidden('only desk staff receive dossiers and hand over results');
  }
  if (unitCode !== undefined && unitCode !== actor.unitCode) {
    throw AppError.forbidden('this dossier belongs to another unit’s desk');
  }
}
