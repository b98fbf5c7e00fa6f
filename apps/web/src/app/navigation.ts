/** The staff roles (libs/contracts STAFF_ROLES). */
export type StaffRole = 'desk-clerk' | 'after-hours-clerk' | 'office-handler' | 'office-head' | 'unit-admin' | 'province-admin' | 'auditor';

export interface NavItem {
  /** Route path, also the i18n key `nav.<key>`. */
  path: string;
  key: string;
  roles: readonly StaffRole[];
}

const DESK: StaffRole[] = ['desk-clerk', 'after-hours-clerk'];
const OFFICE: StaffRole[] = ['office-handler', 'office-head'];
const HEADS: StaffRole[] = ['office-head', 'unit-admin', 'province-admin', 'auditor'];

/** Every screen, in menu order, with who sees it (the gateway decides what they may actually do). */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/desk/receive', key: 'deskReceive', roles: DESK },
  { path: '/desk/inbox', key: 'deskInbox', roles: DESK },
  { path: '/after-hours', key: 'afterHours', roles: DESK },
  { path: '/office/inbox', key: 'officeInbox', roles: [...OFFICE, 'auditor'] },
  { path: '/dashboard', key: 'dashboard', roles: HEADS },
  { path: '/desk/register', key: 'deskRegister', roles: [...DESK, 'office-head', 'unit-admin', 'province-admin', 'auditor'] },
  { path: '/admin/accounts', key: 'adminAccounts', roles: ['unit-admin', 'province-admin'] },
  { path: '/admin/catalogue', key: 'adminCatalogue', roles: ['province-admin'] },
  { path: '/admin/calendar', key: 'adminCalendar', roles: ['province-admin', 'unit-admin'] },
];

export function navFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((r) => roles.includes(r)));
}

/** Where a role lands after login: its first screen. */
export function homeFor(roles: readonly string[]): string {
  return navFor(roles)[0]?.path ?? '/account';
}
