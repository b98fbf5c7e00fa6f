import { AppError, type StaffActor } from '@motcua/contracts';

const OFFICE_ROLES = ['office-handler', 'office-head'];

/** Only office staff act on transfers, and only on those addressed to their own unit. */
export function assertOfficeStaff(actor: StaffActor, addressedTo?: string, allowAuditor = false): void {
  const allowed = allowAuditor ? [...OFFICE_ROLES, 'auditor'] : OFFICE_ROLES;
  if (!actor.roles.some((role) => allowed.includes(role))) throw AppError.forbidden('only office staff handle transfers');
  if (addressedTo !== undefined && addressedTo !== actor.unitCode) {
    throw AppError.forbidden('this transfer is addressed to another unit');
  }
}
