import type { StaffRole } from '@motcua/contracts';

/** Accounts of the demo seed (SEED_DEMO=1, refused in production). Printed by `npm start`; never loaded otherwise. */
export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  roles: StaffRole[];
  unitCode: string;
  unitName: string;
}

const account = (username: string, displayName: string, role: StaffRole, unitCode: string, unitName: string): DemoAccount => ({
  username,
  password: 'demo1234',
  displayName,
  roles: [role],
  unitCode,
  unitName,
});

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account('clerk.tanphuoc', 'Cán bộ một cửa xã Tân Phước', 'desk-clerk', '29972', 'Xã Tân Phước'),
  account('handler.tanhong', 'Chuyên viên xử lý khu vực Tân Hồng', 'office-handler', '869', 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng'),
  account('head.tanhong', 'Lãnh đạo chi nhánh khu vực Tân Hồng', 'office-head', '869', 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng'),
  account('clerk.hoathuan', 'Cán bộ một cửa phường Cao Lãnh', 'desk-clerk', '30010', 'Phường Cao Lãnh (trước đây Hòa Thuận)'),
  account('admin.dongthap', 'Quản trị hệ thống tỉnh Đồng Tháp', 'province-admin', '82', 'Tỉnh Đồng Tháp'),
  account('afterhours.sarai', 'Cán bộ tiếp nhận ngoài giờ thị trấn Sa Rài', 'after-hours-clerk', '29954', 'Thị trấn Sa Rài'),
  account('admin.tanphuoc', 'Quản trị đơn vị xã Tân Phước', 'unit-admin', '29972', 'Xã Tân Phước'),
  account('auditor.dongthap', 'Thanh tra tỉnh Đồng Tháp', 'auditor', '82', 'Tỉnh Đồng Tháp'),
];
