import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { DEMO_ACCOUNTS } from '@motcua/devtools';
import { launchBrowser, newDeskContext, screenshot } from './support/browser';
import { DeskGateway, eventually, uniqueApplicant } from './support/desk-gateway';
import { bytesTransferred, setOffline, startWatch, stopWatch, throttle } from './support/slow-link-throttle';

const SEARCH = 'Tìm thủ tục (mã hoặc tên, gõ không dấu cũng được)';
const SEARCH_READY = `input[type="search"]:not([disabled])`;
const SUBMIT = { name: 'Tiếp nhận hồ sơ', exact: true } as const;
type Applicant = ReturnType<typeof uniqueApplicant>;

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

async function login(page: Page, username: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_ACCOUNTS.find((a) => a.username === username)!.password);
  await page.getByLabel('Mật khẩu').press('Enter');
}

async function fillLandChange(page: Page, a: Applicant): Promise<void> {
  await page.getByLabel(SEARCH).fill('2.001458');
  await page.getByRole('button', { name: /^2\.001458 / }).click();
  await page.getByTestId('desk-procedure').waitFor();
  for (const i of [0, 1, 2]) await page.getByTestId(`desk-doc-${i}`).getByRole('checkbox').first().check();
  await page.getByLabel('Họ và tên', { exact: true }).fill(a.fullName);
  await page.getByLabel('Số định danh cá nhân (12 số)').fill(a.idNumber);
  await page.getByLabel('Năm sinh', { exact: true }).fill(a.birthYear);
  await page.getByLabel('Số điện thoại', { exact: true }).fill(a.phone);
  await page.getByLabel('Địa chỉ', { exact: true }).fill(a.address);
}

/** What the applicant's fields hold now. */
async function typed(page: Page) {
  return {
    fullName: await page.getByLabel('Họ và tên', { exact: true }).inputValue(),
    idNumber: await page.getByLabel('Số định danh cá nhân (12 số)').inputValue(),
    birthYear: await page.getByLabel('Năm sinh', { exact: true }).inputValue(),
    phone: await page.getByLabel('Số điện thoại', { exact: true }).inputValue(),
    address: await page.getByLabel('Địa chỉ', { exact: true }).inputValue(),
  };
}

/** How many dossiers the register of today holds for this applicant (the whole period, as CSV: no paging). */
async function dossiersOf(clerk: DeskGateway, a: Applicant): Promise<number> {
  const csv = await clerk.call<string>('GET', `/api/reports/register/csv?from=${today()}&to=${today()}`);
  expect(csv.status).toBe(200);
  return csv.body.split('\n').filter((line) => line.includes(a.fullName)).length;
}

const dossierPosts = (page: Page, into: Request[]) => page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/dossiers') && into.push(r));

describe('a slow link (400 kbit/s, 150 ms) and a modest PC (CPU 4× slower)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  let clerk: DeskGateway;

  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await DeskGateway.login('clerk.tanphuoc');
  });
  beforeEach(async () => {
    context = await newDeskContext(browser);
    page = await context.newPage();
    cdp = await throttle(context, page);
  });
  afterEach(() => context.close());
  afterAll(() => browser?.close());

  it('the login and the receive screen load, showing progress all the way (times printed, not asserted)', async () => {
    const t0 = Date.now();
    await page.goto('/login', { waitUntil: 'commit' });
    // while the app's code comes down the line, the page says so (no blank page)
    await page.getByRole('status').getByText('Đang tải ứng dụng Một cửa…').waitFor();
    const placeholderMs = Date.now() - t0;
    await page.getByLabel('Tên đăng nhập').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => (globalThis as any).document.activeElement?.getAttribute('name') === 'username');
    const loginMs = Date.now() - t0;
    const loginBytes = await bytesTransferred(page);

    await startWatch(page, SEARCH_READY);
    await login(page, 'clerk.tanphuoc');
    const receive = await stopWatch(page, SEARCH_READY);
    const totalBytes = await bytesTransferred(page);
    await screenshot(page, 'slow-link-receive');
    console.log(
      [
        'Throttled (400 kbit/s down, 150 kbit/s up, 150 ms latency, CPU 4×):',
        `  login page: "loading" shown after ${placeholderMs} ms, usable after ${loginMs} ms (${kb(loginBytes)} transferred)`,
        `  receive screen usable ${receive.usableAfterMs} ms after pressing Enter (${kb(totalBytes - loginBytes)} more); longest stretch without progress shown: ${receive.longestBlankMs} ms`,
      ].join('\n'),
    );
    // progress is on screen all the way from Enter to a usable search (a sampling gap or a render frame aside)
    expect(receive.longestBlankMs).toBeLessThan(1000);
    await page.getByLabel(SEARCH).fill('2.001458');
    await page.getByRole('button', { name: /^2\.001458 / }).waitFor();
  });

  it('a slow submit shows progress and blocks a second submit: one dossier, not two', async () => {
    const a = uniqueApplicant('Chậm Mạng');
    const posts: Request[] = [];
    dossierPosts(page, posts);
    // the gateway answers slowly (a busy intake behind it): held 3 s before it goes on
    await page.route('**/api/dossiers', async (route) => {
      await new Promise((r) => setTimeout(r, 3000));
      await route.continue();
    });
    await page.goto('/login');
    await login(page, 'clerk.tanphuoc');
    await page.waitForSelector(SEARCH_READY, { timeout: 60_000 });
    await fillLandChange(page, a);

    const submit = page.getByRole('button', SUBMIT);
    await submit.click();
    await page.waitForSelector('button[aria-busy="true"]');
    expect(await submit.getAttribute('aria-busy')).toBe('true');
    expect(await submit.isDisabled()).toBe(true);
    expect(await submit.locator('.spinner').count()).toBe(1);
    await screenshot(page, 'slow-link-submit-busy');
    // the clerk, seeing nothing happen, clicks again and presses Enter in a field
    const box = (await submit.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByLabel('Địa chỉ', { exact: true }).press('Enter');

    await page.getByTestId('desk-outcome').waitFor({ timeout: 60_000 });
    const code = (await page.getByTestId('desk-dossier-code').textContent())!.trim();
    expect(posts).toHaveLength(1);
    await eventually(async () => ((await dossiersOf(clerk, a)) > 0 ? true : undefined));
    expect(await dossiersOf(clerk, a)).toBe(1);
    expect((await clerk.call('GET', `/api/dossiers/${code}`)).body.applicant.fullName).toBe(a.fullName);
  });

  it('a submit lost to a dropped link keeps everything typed, survives a reload, and the retry reuses its Idempotency-Key', async () => {
    const a = uniqueApplicant('Rớt Mạng');
    const posts: Request[] = [];
    dossierPosts(page, posts);
    await page.goto('/login');
    await login(page, 'clerk.tanphuoc');
    await page.waitForSelector(SEARCH_READY, { timeout: 60_000 });
    await fillLandChange(page, a);

    await setOffline(cdp, true);
    await page.getByRole('button', SUBMIT).click();
    await page.getByRole('alert').getByText('Không kết nối được máy chủ; kiểm tra mạng rồi thử lại. Dữ liệu đã nhập vẫn được giữ.').waitFor();
    await page.getByText('Chưa nhận được trả lời của máy chủ.', { exact: false }).waitFor();
    expect(await page.getByRole('button', SUBMIT).getAttribute('aria-busy')).toBeNull();
    expect(await typed(page)).toEqual(a);
    expect(posts).toHaveLength(1);
    const firstKey = await posts[0].headerValue('idempotency-key');
    expect(firstKey).toMatch(/^[0-9a-f-]{36}$/);
    await screenshot(page, 'slow-link-offline');
    expect(await dossiersOf(clerk, a)).toBe(0);

    // the link comes back; the clerk even reloads the page: the draft is restored, key and all
    await setOffline(cdp, false);
    await page.reload();
    await page.getByTestId('desk-procedure').waitFor({ timeout: 60_000 });
    expect(await typed(page)).toEqual(a);
    for (const i of [0, 1, 2]) expect(await page.getByTestId(`desk-doc-${i}`).getByRole('checkbox').first().isChecked()).toBe(true);
    await page.getByRole('button', SUBMIT).click();
    await page.getByTestId('desk-outcome').waitFor({ timeout: 60_000 });
    expect(posts).toHaveLength(2);
    expect(await posts[1].headerValue('idempotency-key')).toBe(firstKey);
    await eventually(async () => ((await dossiersOf(clerk, a)) > 0 ? true : undefined));
    expect(await dossiersOf(clerk, a)).toBe(1);
  });
});
