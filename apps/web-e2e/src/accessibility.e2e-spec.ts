import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { freshPagePerTest, loginAs, screenshot } from './support/browser';
import { OfficeHttp, receiveLandChange, waitForTransfer } from './support/office-http';

/** axe-core's source, evaluated in the page (the app's Content-Security-Policy rightly refuses an inline script tag). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.x A/AA rules) in the page; returns the serious and critical violations, readable. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run((globalThis as any).document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations as Violation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`));
}

/** Waits until the screen has loaded: no loading notice or spinner left, no request in flight. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !(globalThis as any).document.querySelector('.loading, .spinner, [aria-busy="true"]'), undefined, { timeout: 20_000 });
}

describe('accessibility smoke (axe-core): no serious or critical violation on the main screens', () => {
  let page: Page;
  const fresh = freshPagePerTest();
  beforeEach(() => ({ page } = fresh.current()));

  it('the login screen, and with its error shown', async () => {
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Tên đăng nhập').fill('clerk.tanphuoc');
    await page.getByLabel('Mật khẩu').fill('wrong-password');
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the desk receive screen: search, a chosen procedure with its checklist, and errors next to the fields', async () => {
    await loginAs(page, 'clerk.tanphuoc');
    await page.waitForURL('**/desk/receive');
    await settled(page);
    await page.getByLabel('Tìm thủ tục (mã hoặc tên, gõ không dấu cũng được)').fill('dat dai');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^2\.001458 / }).click();
    await page.getByLabel('Họ và tên', { exact: true }).fill('Nguyễn Thị Kiểm');
    await page.getByLabel('Số định danh cá nhân (12 số)').fill('123');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.locator('.field-error').first().waitFor();
    await screenshot(page, 'a11y-desk-receive-errors');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ['clerk.tanphuoc', '/desk/inbox', 'desk inbox'],
    ['clerk.tanphuoc', '/after-hours', 'after-hours'],
    ['afterhours.sarai', '/after-hours', 'after-hours (its own clerk)'],
    ['handler.tanhong', '/office/inbox', 'office inbox'],
    ['head.tanhong', '/dashboard', 'dashboard (head)'],
    ['admin.tanphuoc', '/dashboard', 'dashboard (unit admin)'],
    ['admin.tanphuoc', '/admin/accounts', 'admin accounts'],
    ['admin.dongthap', '/admin/catalogue', 'admin catalogue'],
    ['admin.tanphuoc', '/admin/calendar', 'admin calendar'],
    ['clerk.tanphuoc', '/desk/register', 'register'],
  ])('%s: %s (%s)', async (username, path, name) => {
    await loginAs(page, username);
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settled(page);
    await screenshot(page, `a11y-${name.replace(/\W+/g, '-')}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('an office transfer with its actions and timeline', async () => {
    const arrived = await waitForTransfer(await OfficeHttp.login('handler.tanhong'), (await receiveLandChange(await OfficeHttp.login('clerk.tanphuoc'))).dossierCode);
    await loginAs(page, 'handler.tanhong');
    await page.waitForURL('**/office/inbox');
    await page.goto(`/office/transfers/${arrived.transferId}`);
    await page.getByRole('button', { name: 'Xác nhận đã nhận hồ sơ' }).waitFor();
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
