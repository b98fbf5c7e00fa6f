import type { StaffRole } from '@motcua/contracts';

/** Accounts of the demo seed (SEED_DEMO=1). Printed by `npm start`; never loaded otherwise. */
export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  roles: StaffRole[];
  unitCode: string;
  unitName: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'clerk.tanphuoc',
    password: 'demo1234',
    displayName: 'Cán bộ một cửa xã Tân Phước',
    roles: ['desk-clerk'],
    unitCode: '29972',
    unitName: 'Xã Tân Phước',
  },
  {
    username: 'handler.tanhong',
    password: 'demo1234',
    displayName: 'Chuyên viên xử lý huyện Tân Hồng',
    roles: ['office-handler'],
    unitCode: '869',
    unitName: 'Huyện Tân Hồng',
  },
  {
    username: 'head.tanhong',
    password: 'demo1234',
    displayName: 'Lãnh đạo phòng huyện Tân Hồng',
    roles: ['office-head'],
    unitCode: '869',
    unitName: 'Huyện Tân Hồng',
  },
  {
    username: 'clerk.hoathuan',
    password: 'demo1234',
    displayName: 'Cán bộ một cửa phường Hòa Thuận',
    roles: ['desk-clerk'],
    unitCode: '30010',
    unitName: 'Phường Hòa Thuận',
  },
  {
    username: 'admin.dongthap',
    password: 'demo1234',
    displayName: 'Quản trị hệ thống tỉnh Đồng Tháp',
    roles: ['province-admin'],
    unitCode: '87',
    unitName: 'Tỉnh Đồng Tháp',
  },
];
