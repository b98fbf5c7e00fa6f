import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '@motcua/devtools';
import { freshPagePerTest, screenshot } from './support/browser';
import { DeskGateway, uniqueApplicant } from './support/desk-gateway';
import { badStops, focused, focusSettlesOn, tabTo, type FocusInfo } from './support/keyboard-focus';
import { OfficeHttp, receiveLandChange, transferById, waitForTransfer } from './support/office-http';

const password = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!.password;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (s: string) => new RegExp(`^${escape(s)}$`);

/** Logs in with the keyboard alone: the username field has focus, Tab to the password, Enter submits. */
async function keyboardLogin(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  const first = await focusSettlesOn(page, /^Tên đăng nhập$/);
  expect(first.focusVisible && first.indicator).toBe(true);
  await page.keyboard.type(username);
  const path = await tabTo(page, /^Mật khẩu$/, { max: 1 });
  expect(badStops(path)).toEqual([]);
  await page.keyboard.type(password(username));
  await page.keyboard.press('Enter');
  await page.getByTestId('who').waitFor();
}

/** Every stop on the way is seen (focus-visible, an outline that contrasts) and in document order. */
async function tabAndCheck(page: Page, name: RegExp, options: { back?: boolean; max?: number } = {}): Promise<FocusInfo> {
  const path = await tabTo(page, name, options);
  expect(badStops(path)).toEqual([]);
  return path[path.length - 1];
}

describe('keyboard only: the desk and the office without a mouse', () => {
  let page: Page;
  const fresh = freshPagePerTest();
  beforeEach(() => ({ page } = fresh.current()));

  it('a desk clerk logs in, receives a complete 2.001458 dossier, is led back to a wrong field and prints form 01', async () => {
    const clerk = await DeskGateway.login('clerk.tanphuoc');
    const a = uniqueApplicant('Bàn Phím');
    await keyboardLogin(page, 'clerk.tanphuoc');
    await page.waitForURL('**/desk/receive');

    // the procedure search has focus once the catalogue is in; arrow keys walk the hits, Enter picks one
    await focusSettlesOn(page, /^Tìm thủ tục/);
    await page.keyboard.type('dat dai bien dong');
    await page.keyboard.press('ArrowDown');
    let hit = await focused(page);
    expect(hit?.tag).toBe('button');
    for (let i = 0; i < 10 && !hit!.name.startsWith('2.001458'); i++) {
      await page.keyboard.press('ArrowDown');
      hit = await focused(page);
    }
    expect(hit!.name).toMatch(/^2\.001458 /);
    expect(hit!.focusVisible && hit!.indicator).toBe(true);
    // up past the first hit goes back to the search box, down again returns to the list
    await page.keyboard.press('Home');
    expect((await focused(page))!.tag).toBe('button');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page))!.name).toMatch(/^Tìm thủ tục/);
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 10 && !(await focused(page))!.name.startsWith('2.001458'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('desk-procedure').getByText('2.001458').waitFor();

    // focus goes on to the checklist, not back to the top of the page
    const firstDoc = await focusSettlesOn(page, /^Đã nộp: /);
    expect(firstDoc.name).toBe('Đã nộp: Đơn đăng ký biến động đất đai, tài sản gắn liền với đất');
    await page.keyboard.press('Space');
    await tabAndCheck(page, /^Đã nộp: Hợp đồng/);
    await page.keyboard.press('Space');
    await tabAndCheck(page, /^Đã nộp: Bản gốc Giấy chứng nhận/);
    await page.keyboard.press('Space');
    expect(await page.getByTestId('desk-doc-2').getByRole('checkbox').first().isChecked()).toBe(true);

    // the applicant, with an impossible personal ID; Enter in the last field submits
    await tabAndCheck(page, /^Họ và tên$/);
    await page.keyboard.type(a.fullName);
    await tabAndCheck(page, /^Số định danh cá nhân/);
    await page.keyboard.type('123456789012');
    await tabAndCheck(page, /^Năm sinh$/);
    await page.keyboard.type(a.birthYear);
    await tabAndCheck(page, /^Số điện thoại$/);
    await page.keyboard.type(a.phone);
    await tabAndCheck(page, /^Địa chỉ$/, { max: 2 });
    await page.keyboard.type(a.address);
    const sent: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/dossiers') && sent.push(r.url()));
    await page.keyboard.press('Enter');

    // focus lands on the wrong field, which names its error for a screen reader
    const wrong = await focusSettlesOn(page, /^Số định danh cá nhân/);
    expect(wrong.invalid).toBe('true');
    expect(wrong.description).toContain('3 chữ số đầu (123) không phải mã tỉnh nơi đăng ký khai sinh');
    expect(wrong.focusVisible && wrong.indicator).toBe(true);
    expect(await page.locator('.field-error[role="alert"]').first().textContent()).toBe('3 chữ số đầu (123) không phải mã tỉnh nơi đăng ký khai sinh');
    expect(sent).toHaveLength(0);
    await screenshot(page, 'keyboard-invalid-focus');

    // fixed in place, then on through the rest of the form in order to the submit button
    await page.keyboard.press('Control+A');
    await page.keyboard.type(a.idNumber);
    expect((await focused(page))!.invalid).toBeNull();
    await tabAndCheck(page, /^Nhận kết quả tại$/);
    await page.keyboard.press('ArrowDown'); // a select takes arrow keys: "at the desk" → next choice
    const delivery = await page.getByLabel('Nhận kết quả tại').inputValue();
    expect(delivery).not.toBe('desk');
    await tabAndCheck(page, /^Tiếp nhận hồ sơ$/);
    // Shift+Tab walks back in reverse document order, then Tab returns to the button
    await tabAndCheck(page, /^Người hỗ trợ nộp hồ sơ$/, { back: true, max: 3 });
    await tabAndCheck(page, /^Tiếp nhận hồ sơ$/);
    await page.keyboard.press('Enter');

    // the outcome takes focus; Tab reaches "print form 01", Enter prints it
    await page.getByTestId('desk-outcome').waitFor();
    const outcome = await focusSettlesOn(page, /Đã tiếp nhận hồ sơ/);
    expect(outcome.indicator).toBe(true);
    const code = (await page.getByTestId('desk-dossier-code').textContent())!.trim();
    const print = await tabAndCheck(page, /^In giấy tiếp nhận/);
    expect(print.tag).toBe('button');
    const [printed] = await Promise.all([page.waitForResponse((r) => r.url().includes(`/api/intake-desk/dossiers/${code}/receipt/print`)), page.keyboard.press('Enter')]);
    expect(printed.status()).toBe(200);
    await page.waitForFunction(() => ((globalThis as unknown as { __prints?: number }).__prints ?? 0) > 0);
    await screenshot(page, 'keyboard-received');

    const recorded = await clerk.call('GET', `/api/dossiers/${code}`);
    expect(recorded.status).toBe(200);
    expect(recorded.body.applicant).toMatchObject({ fullName: a.fullName, idNumber: a.idNumber, address: a.address });
    expect(recorded.body.resultDelivery).toBe(delivery);
    expect(recorded.body.documents.map((d: { code: string }) => d.code)).toEqual(['don-dang-ky-bien-dong', 'hop-dong', 'giay-chung-nhan']);
  });

  it('the menu bar is reachable by keyboard and its focus shows on the red bar', async () => {
    await keyboardLogin(page, 'clerk.tanphuoc');
    await page.waitForURL('**/desk/receive');
    await focusSettlesOn(page, /^Tìm thủ tục/);
    const stops = await tabTo(page, /^Tiếp nhận hồ sơ$/, { back: true, max: 20 });
    const menu = stops[stops.length - 1];
    expect(menu.tag).toBe('a');
    expect(badStops(stops)).toEqual([]);
    await tabAndCheck(page, /^Kết quả trả về$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/desk/inbox');
    await screenshot(page, 'keyboard-menu');
  });

  it('an office handler finds a relayed dossier by its code, opens it and acknowledges it by keyboard', async () => {
    const clerk = await OfficeHttp.login('clerk.tanphuoc');
    const handler = await OfficeHttp.login('handler.tanhong');
    const { dossierCode } = await receiveLandChange(clerk);
    const arrived = await waitForTransfer(handler, dossierCode);
    expect(arrived.status).toBe('sent');

    await keyboardLogin(page, 'handler.tanhong');
    await page.waitForURL('**/office/inbox');
    await focusSettlesOn(page, /^Mã hồ sơ$/);
    await page.keyboard.type(dossierCode);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/office/inbox?code=${encodeURIComponent(dossierCode)}`);
    await page.locator(`tr[data-dossier="${dossierCode}"]`).waitFor();

    const link = await tabAndCheck(page, exactly(dossierCode));
    expect(link.tag).toBe('a');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/office/transfers/${arrived.transferId}`);

    const ack = await focusSettlesOn(page, /^Xác nhận đã nhận hồ sơ$/);
    expect(ack.focusVisible && ack.indicator).toBe(true);
    await page.keyboard.press('Space');
    await page.getByTestId('office-done').getByText('Đã xác nhận nhận hồ sơ.').waitFor();
    await screenshot(page, 'keyboard-office-acknowledged');
    expect((await transferById(handler, arrived.transferId)).status).toBe('acknowledged');
    // focus is not lost with the button: it moves to the next action offered, where the handler carries on
    const next = await focusSettlesOn(page, /^Nhập kết quả giải quyết$/);
    expect(next.focusVisible && next.indicator).toBe(true);
  });
});
