import type { StaffActor } from '@motcua/contracts';
import { mayReadRegisterApplicants } from './register-access';

const actor = (unitCode: string, ...roles: StaffActor['roles']): StaffActor => ({ staffId: 's', unitCode, roles });
const ancestry = ['29972', '869', '87'];

describe('who reads the register’s personal columns', () => {
  it('lets the desk’s own staff, administrators above it and auditors read them', () => {
    expect(mayReadRegisterApplicants(actor('29972', 'desk-clerk'), '29972', ancestry)).toBe(true);
    expect(mayReadRegisterApplicants(actor('869', 'unit-admin'), '29972', ancestry)).toBe(true);
    expect(mayReadRegisterApplicants(actor('87', 'province-admin'), '29972', ancestry)).toBe(true);
    expect(mayReadRegisterApplicants(actor('89', 'auditor'), '29972', ancestry)).toBe(true);
  });

  it('lets a province administrator read the register of a desk that is their own unit', () => {
    expect(mayReadRegisterApplicants(actor('87', 'province-admin'), '87', ['87'])).toBe(true);
    expect(mayReadRegisterApplicants(actor('87', 'office-handler', 'province-admin'), '87', ['87'])).toBe(true);
  });

  it('refuses other desks, office handlers and heads of the unit above', () => {
    expect(mayReadRegisterApplicants(actor('30010', 'desk-clerk'), '29972', ancestry)).toBe(false);
    expect(mayReadRegisterApplicants(actor('29972', 'office-handler'), '29972', ancestry)).toBe(false);
    expect(mayReadRegisterApplicants(actor('869', 'office-head'), '29972', ancestry)).toBe(false);
    expect(mayReadRegisterApplicants(actor('89', 'province-admin'), '29972', ancestry)).toBe(false);
  });
});
