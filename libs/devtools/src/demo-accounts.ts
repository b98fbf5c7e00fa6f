// Demo accounts the gateway seeds with SEED_DEMO=1 (apps/gateway/src/identity/demo-accounts.ts), as `npm start`
// prints them; a lib cannot import an app, so the list is repeated here and checked by the e2e login.
export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  unit: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'clerk.tanphuoc', password: 'demo1234', role: 'desk clerk', unit: 'Xã Tân Phước (29972)' },
  { username: 'handler.tanhong', password: 'demo1234', role: 'office handler', unit: 'land registration branch, Tân Hồng area (869)' },
  { username: 'head.tanhong', password: 'demo1234', role: 'office head', unit: 'land registration branch, Tân Hồng area (869)' },
  { username: 'clerk.hoathuan', password: 'demo1234', role: 'desk clerk', unit: 'Phường Cao Lãnh, formerly Hòa Thuận (30010)' },
  { username: 'afterhours.sarai', password: 'demo1234', role: 'after-hours counter clerk', unit: 'Sa Rài (29954)' },
  { username: 'admin.tanphuoc', password: 'demo1234', role: 'unit administrator', unit: 'Xã Tân Phước (29972)' },
  { username: 'admin.dongthap', password: 'demo1234', role: 'province administrator', unit: 'Tỉnh Đồng Tháp (82, merged with Tiền Giang since 1 Jul 2025)' },
  { username: 'auditor.dongthap', password: 'demo1234', role: 'auditor', unit: 'Tỉnh Đồng Tháp (82, merged with Tiền Giang since 1 Jul 2025)' },
];
