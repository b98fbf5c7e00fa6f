import type { StaffRole } from '@motcua/contracts';

/** Roles as staff read them in messages; the code follows in brackets for support. */
export const ROLE_LABELS: Record<StaffRole, string> = {
  'desk-clerk': 'cán bộ một cửa',
  'after-hours-clerk': 'cán bộ tiếp nhận ngoài giờ',
  'office-handler': 'chuyên viên xử lý',
  'office-head': 'lãnh đạo đơn vị xử lý',
  'unit-admin': 'quản trị đơn vị',
  'province-admin': 'quản trị cấp tỉnh',
  auditor: 'kiểm tra viên (chỉ xem)',
};

export function describeRoles(roles: readonly StaffRole[]): string {
  return roles.length ? roles.map((r) => `${ROLE_LABELS[r] ?? r} [${r}]`).join(', ') : 'không có';
}
