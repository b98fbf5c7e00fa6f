import { AppError, STAFF_ROLES, type StaffActor, type StaffRole } from '@motcua/contracts';
import { assertMayManage, assertMayReadUnit, assertNotSelf, UNIT_GRANTABLE_ROLES } from './staff-admin.policy';

const actor = (unitCode: string, ...roles: StaffRole[]): StaffActor => ({ staffId: `s-${unitCode}-${roles.join('+')}`, unitCode, roles });
const refusal = (fn: () => void): AppError | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error as AppError;
  }
};

describe('who may manage which account', () => {
  it('lets a unit administrator manage accounts of their own unit with unit roles', () => {
    for (const role of UNIT_GRANTABLE_ROLES) expect(refusal(() => assertMayManage(actor('29972', 'unit-admin'), { unitCode: '29972', roles: [role] }))).toBeUndefined();
  });

  it("refuses a unit administrator another unit's account, with a reason naming both units", () => {
    const error = refusal(() => assertMayManage(actor('29972', 'unit-admin'), { unitCode: '30010', roles: ['desk-clerk'] }));
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
    expect(error!.message).toContain('29972');
    expect(error!.message).toContain('30010');
  });

  it('refuses a unit administrator province-wide roles, in their own unit too (no escalation)', () => {
    for (const role of ['province-admin', 'auditor'] as const) {
      const error = refusal(() => assertMayManage(actor('87', 'unit-admin'), { unitCode: '87', roles: ['desk-clerk', role] }));
      expect(error).toMatchObject({ status: 403 });
      expect(error!.message).toContain(role);
    }
  });

  it('lets a province administrator manage any account in any unit', () => {
    expect(refusal(() => assertMayManage(actor('87', 'province-admin'), { unitCode: '30385', roles: [...STAFF_ROLES] }))).toBeUndefined();
  });

  it('refuses every other role, whatever the unit', () => {
    for (const role of STAFF_ROLES.filter((r) => r !== 'unit-admin' && r !== 'province-admin')) {
      expect(refusal(() => assertMayManage(actor('29972', role), { unitCode: '29972', roles: ['desk-clerk'] }))).toMatchObject({ status: 403 });
    }
  });
});

describe('who may read the accounts of a unit', () => {
  it('province administrators and auditors: any unit; unit administrators: their own only', () => {
    expect(refusal(() => assertMayReadUnit(actor('87', 'province-admin'), '30010'))).toBeUndefined();
    expect(refusal(() => assertMayReadUnit(actor('87', 'auditor'), '30010'))).toBeUndefined();
    expect(refusal(() => assertMayReadUnit(actor('29972', 'unit-admin'), '29972'))).toBeUndefined();
    expect(refusal(() => assertMayReadUnit(actor('29972', 'unit-admin'), '30010'))).toMatchObject({ status: 403 });
    expect(refusal(() => assertMayReadUnit(actor('29972', 'desk-clerk'), '29972'))).toMatchObject({ status: 403 });
  });
});

it('refuses administrators acting on their own account', () => {
  const admin = actor('87', 'province-admin');
  expect(refusal(() => assertNotSelf(admin, admin.staffId, 'khóa'))).toMatchObject({ status: 403 });
  expect(refusal(() => assertNotSelf(admin, 'someone-else', 'khóa'))).toBeUndefined();
});
