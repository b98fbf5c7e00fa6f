import { homeFor, navFor } from './navigation';

describe('navigation by role', () => {
  it('lands each role on its main screen', () => {
    expect(homeFor(['desk-clerk'])).toBe('/desk/receive');
    expect(homeFor(['after-hours-clerk'])).toBe('/desk/receive');
    expect(homeFor(['office-handler'])).toBe('/office/inbox');
    expect(homeFor(['office-head'])).toBe('/office/inbox');
    expect(homeFor(['unit-admin'])).toBe('/dashboard');
    expect(homeFor(['auditor'])).toBe('/office/inbox');
    expect(homeFor(['province-admin'])).toBe('/dashboard');
    expect(homeFor([])).toBe('/account');
  });

  it('shows office handlers no desk screens and desk clerks no office or admin screens', () => {
    expect(navFor(['office-handler']).map((i) => i.key)).toEqual(['officeInbox']);
    expect(navFor(['desk-clerk']).map((i) => i.key)).toEqual(['deskReceive', 'deskInbox', 'afterHours', 'deskRegister']);
    expect(navFor(['province-admin']).map((i) => i.key)).toEqual(['dashboard', 'deskRegister', 'adminAccounts', 'adminCatalogue', 'adminCalendar']);
  });
});
