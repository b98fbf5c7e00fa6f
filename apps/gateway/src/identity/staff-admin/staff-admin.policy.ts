import { AppError, type StaffActor, type StaffRole } from '@motcua/contracts';
import { describeRoles } from '../../auth/role-labels';

/** Roles a unit administrator may hold in their unit and grant: everything but the province-wide ones. */
export const UNIT_GRANTABLE_ROLES: readonly StaffRole[] = ['desk-clerk', 'after-hours-clerk', 'office-handler', 'office-head', 'unit-admin'];
/** Roles that see every unit (province administrators, auditors): only a province administrator grants them. */
export const PROVINCE_WIDE_ROLES: readonly StaffRole[] = ['province-admin', 'auditor'];

interface Account {
  unitCode: string;
  roles: readonly StaffRole[];
}

const isProvinceAdmin = (actor: StaffActor) => actor.roles.includes('province-admin');

/** Who may see the accounts of a unit: province administrators and auditors any unit, unit administrators their own. */
export function assertMayReadUnit(actor: StaffActor, unitCode: string): void {
  if (actor.roles.some((role) => PROVINCE_WIDE_ROLES.includes(role))) return;
  if (actor.roles.includes('unit-admin') && unitCode === actor.unitCode) return;
  throw AppError.forbidden(`Bạn chỉ xem được tài khoản của đơn vị mình (${actor.unitCode}); đơn vị ${unitCode} là đơn vị khác`);
}

/**
 * Whether `actor` may create, change, disable or reset an account in the state `account` (checked on the account as
 * it is and as it would become): province administrators any; unit administrators only in their own unit and only
 * accounts whose every role they could grant themselves, so no unit administrator reaches province-wide powers.
 */
export function assertMayManage(actor: StaffActor, account: Account): void {
  if (isProvinceAdmin(actor)) return;
  if (!actor.roles.includes('unit-admin')) throw AppError.forbidden('Chỉ quản trị đơn vị hoặc quản trị cấp tỉnh quản lý tài khoản');
  if (account.unitCode !== actor.unitCode) {
    throw AppError.forbidden(`Quản trị đơn vị chỉ quản lý tài khoản của đơn vị mình (${actor.unitCode}); tài khoản này thuộc đơn vị ${account.unitCode}`);
  }
  const beyond = account.roles.filter((role) => !UNIT_GRANTABLE_ROLES.includes(role));
  if (beyond.length > 0) throw AppError.forbidden(`Chỉ quản trị cấp tỉnh cấp hoặc quản lý vai trò: ${describeRoles(beyond)}`);
}

/** Administrators do not change their own roles, unit or status, nor reset their own password here: another must. */
export function assertNotSelf(actor: StaffActor, accountId: string, what: string): void {
  if (actor.staffId === accountId) throw AppError.forbidden(`Bạn không thể tự ${what} tài khoản của chính mình; hãy nhờ một quản trị viên khác`);
}
