// Demo accounts the gateway seeds with SEED_DEMO=1 (apps/gateway/src/identity/demo-accounts.ts), as `npm start`
// prints them; a lib cannot import an app, so the list is repeated here and checked by the e2e login.
export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  unit: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'clerk.tanphuoc', password: 'demo1234', role: 'desk clerk', unit: 'Tân Phước commune' },
  { username: 'handler.tanhong', password: 'demo1234', role: 'district handler', unit: 'Tân Hồng district office' },
  { username: 'head.tanhong', password: 'demo1234', role: 'district head', unit: 'Tân Hồng district office' },
  { username: 'clerk.hoathuan', password: 'demo1234', role: 'desk clerk', unit: 'Hòa Thuận ward' },
  { username: 'admin.dongthap', password: 'demo1234', role: 'province administrator', unit: 'Đồng Tháp province' },
];
