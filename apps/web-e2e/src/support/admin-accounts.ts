import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { AfterHoursHttp } from './after-hours-http';

/**
 * The demo's province administrator (admin.dongthap) sits at province 87, which the 2025 reform ended (merged into
 * 82): scheduling refuses it every unit's sessions and the calendar ("unit 87 not found" / 403). Tests that must
 * change sessions or the calendar use a province administrator of the province in force, opened by admin.dongthap.
 */
export interface MadeAccount {
  username: string;
  password: string;
  http: AfterHoursHttp;
}

export async function provinceAdminInForce(provinceCode = '82'): Promise<MadeAccount> {
  const admin = await AfterHoursHttp.login('admin.dongthap');
  const username = `padmin.e2e.${randomUUID().slice(0, 8)}`;
  const created = await admin.request<{ temporaryPassword: string }>('POST', '/api/staff', {
    username,
    displayName: 'Quản trị tỉnh (kiểm thử)',
    unitCode: provinceCode,
    roles: ['province-admin'],
  });
  if (created.status !== 201) throw new Error(`create province admin: ${created.status} ${JSON.stringify(created.body)}`);
  const password = `Kiem-thu-${randomUUID().slice(0, 12)}`;
  const first = await AfterHoursHttp.login(username, created.body.temporaryPassword);
  const changed = await first.request('POST', '/api/auth/password', { currentPassword: created.body.temporaryPassword, newPassword: password });
  if (changed.status >= 300) throw new Error(`change password: ${changed.status} ${JSON.stringify(changed.body)}`);
  return { username, password, http: await AfterHoursHttp.login(username, password) };
}

/** Logs in through the login screen with any account (the demo helper knows only the demo accounts). */
export async function loginWith(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('who').waitFor();
}
