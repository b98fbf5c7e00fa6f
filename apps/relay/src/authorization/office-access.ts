import { AppError, type StaffActor } from '@motcua/contracts';

const OFFICE_ROLES = ['office-handler', 'office-head'];

/** Only office staff act on transfers, and only on those addressed to their own unit. */
export function assertOfficeStaff(actor: StaffActor, addressedTo?: string, allowAuditor = false): void {
  const allowed = allowAuditor ? [...OFFICE_ROLES, 'auditor'] : OFFICE_ROLES;
  if (!actor.roles.some((role) => allowed.includes(role))) throw AppError.forbidden('Chỉ cán bộ phòng chuyên môn xử lý phiếu chuyển');
  if (addressedTo !== undefined && addressedTo !== actor.unitCode) {
    throw AppError.forbidden('Phiếu chuyển này gửi đến đơn vị khác');
  }
}

const READ_ANYWHERE = ['auditor', 'province-admin'];

/**
 * Reading a transfer (as form 05 does): the staff of the units it joins — the receiving desk and the addressed
 * office — and auditors and province administrators anywhere. Others learn nothing, not even that it exists.
 */
export function assertMayReadTransfer(actor: StaffActor, transfer: { receiving_unit_code: string; to_unit_code: string }): void {
  if (actor.roles.some((role) => READ_ANYWHERE.includes(role))) return;
  if (actor.unitCode === transfer.receiving_unit_code || actor.unitCode === transfer.to_unit_code) return;
  throw AppError.forbidden('Phiếu chuyển này không thuộc bộ phận một cửa của bạn và không gửi đến phòng của bạn');
}
