import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser, loginAs, newDeskContext, screenshot } from './support/browser';
import { DeskGateway, eventually, uniqueApplicant } from './support/desk-gateway';

const LAND = '2.001458';
const DOCS = {
  application: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất',
  contract: 'Hợp đồng, văn bản chuyển nhượng, tặng cho hoặc văn bản thừa kế',
  certificate: 'Bản gốc Giấy chứng nhận đã cấp',
};
type Applicant = ReturnType<typeof uniqueApplicant>;

/** Picks the land change by typing without diacritics, as a clerk in a hurry does. */
async function pickLandChange(page: Page): Promise<void> {
  await page.getByLabel('Tìm thủ tục (mã hoặc tên, gõ không dấu cũng được)').fill('dat dai bien dong');
  await page.getByRole('button', { name: new RegExp(LAND.replace('.', '\\.')) }).click();
  await page.getByTestId('desk-procedure').getByText(LAND).waitFor();
}

async function fillApplicant(page: Page, a: Applicant): Promise<void> {
  await page.getByLabel('Họ và tên', { exact: true }).fill(a.fullName);
  await page.getByLabel('Số định danh cá nhân (12 số)').fill(a.idNumber);
  await page.getByLabel('Năm sinh', { exact: true }).fill(a.birthYear);
  // written the way people say it: the form normalises it to 09xxxxxxxx
  await page.getByLabel('Số điện thoại', { exact: true }).fill(`+84 ${a.phone.slice(1, 4)} ${a.phone.slice(4, 7)} ${a.phone.slice(7)}`);
  await page.getByLabel('Địa chỉ', { exact: true }).fill(a.address);
}

async function tick(page: Page, ...names: string[]): Promise<void> {
  for (const name of names) await page.getByLabel(`Đã nộp: ${name}`).check();
}

/** Clicks a print button and returns the printable HTML the gateway answered. */
async function printed(page: Page, testId: string, pathPart: string): Promise<string> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes(pathPart) && r.request().method() === 'GET'), page.getByTestId(testId).click()]);
  expect(response.status()).toBe(200);
  return response.text();
}

/** Waits for the submission's outcome; a banner error instead fails with the gateway's words (not a bare timeout). */
async function outcomeOf(page: Page): Promise<void> {
  await page.locator('[data-testid="desk-outcome"], .banner-error, .desk-banner-warn').first().waitFor();
  const banners = await page.locator('.banner-error:not(.desk-outcome), .desk-banner-warn:not(.desk-outcome)').allTextContents();
  expect({ outcome: await page.getByTestId('desk-outcome').count(), banners }).toEqual({ outcome: 1, banners: [] });
}

const fieldError = (page: Page, label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).locator('.field-error');

describe('the commune desk (clerk.tanphuoc)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clerk: DeskGateway;
  let receivedCode: string | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await DeskGateway.login('clerk.tanphuoc');
  });
  beforeEach(async () => {
    context = await newDeskContext(browser);
    page = await context.newPage();
    await loginAs(page, 'clerk.tanphuoc');
    await page.waitForURL('**/desk/receive');
  });
  afterEach(() => context.close());
  afterAll(() => browser?.close());

  it('receives a complete land change through the form, written on behalf where allowed, and prints form 01 with its code', async () => {
    const a = uniqueApplicant('Tiếp Nhận');
    await pickLandChange(page);
    await tick(page, DOCS.application, DOCS.contract, DOCS.certificate);
    // the contract must be written in person: no "written on behalf" box on its row
    await page.getByTestId('desk-doc-1').getByText('Phải tự viết, ký').waitFor();
    await page.getByTestId('desk-doc-0').getByLabel('Viết hộ').check();
    await page.getByLabel(`Người viết hộ: ${DOCS.application}`).fill('Lê Văn Giúp');
    await fillApplicant(page, a);
    await page.getByLabel('Nhận kết quả tại').selectOption('post');
    expect(await page.getByTestId('desk-fee-status').textContent()).toBe('Thủ tục không thu phí, lệ phí.');
    expect(await page.getByTestId('desk-missing-notice').count()).toBe(0);
    await screenshot(page, 'desk-receive-form');

    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await outcomeOf(page);
    const code = (await page.getByTestId('desk-dossier-code').textContent())!.trim();
    expect(code).toMatch(/^000\.72\.69\.H20-\d{6}-\d{4}$/);
    receivedCode = code;
    await screenshot(page, 'desk-receive-accepted');

    const html = await printed(page, 'desk-print-01', `/api/intake-desk/dossiers/${code}/receipt/print`);
    expect(html).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(html).toContain(code);
    expect(html).toContain('Lê Văn Giúp');

    const recorded = await clerk.call('GET', `/api/dossiers/${code}`);
    expect(recorded.status).toBe(200);
    expect(recorded.body.applicant).toMatchObject({ fullName: a.fullName, phone: a.phone, address: a.address });
    expect(recorded.body.resultDelivery).toBe('post');
    expect(recorded.body.documents.map((d: { code: string; writtenOnBehalfBy?: string }) => [d.code, d.writtenOnBehalfBy ?? null])).toEqual([
      ['don-dang-ky-bien-dong', 'Lê Văn Giúp'],
      ['hop-dong', null],
      ['giay-chung-nhan', null],
    ]);
  });

  it('shows an invalid personal ID next to its field, keeps what was typed and sends nothing', async () => {
    const sent: Request[] = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().includes('/api/dossiers') && sent.push(r));
    const a = { ...uniqueApplicant('Sai Số'), idNumber: '123456789012' };
    await pickLandChange(page);
    await tick(page, DOCS.application, DOCS.contract, DOCS.certificate);
    await fillApplicant(page, a);
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();

    const error = fieldError(page, 'Số định danh cá nhân (12 số)');
    await error.waitFor();
    expect(await error.textContent()).toBe('3 chữ số đầu (123) không phải mã tỉnh nơi đăng ký khai sinh');
    expect(await page.getByLabel('Số định danh cá nhân (12 số)').getAttribute('aria-invalid')).toBe('true');
    // the birth year the number encodes must match the declared one, as intake checks it
    await page.getByLabel('Số định danh cá nhân (12 số)').fill('087084000999');
    expect(await error.textContent()).toBe('Chữ số thứ 4–6 cho năm sinh 1984, không khớp năm sinh 1990');
    await screenshot(page, 'desk-receive-invalid-id');

    expect(await page.getByLabel('Họ và tên', { exact: true }).inputValue()).toBe(a.fullName);
    expect(sent).toHaveLength(0);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const register = await clerk.call('GET', `/api/reports/register?from=${today}&to=${today}&pageSize=500`);
    expect(register.body.items.some((l: { applicantName: string }) => l.applicantName === a.fullName)).toBe(false);
  });

  it('shows the missing items of an incomplete dossier and prints form 02', async () => {
    const a = uniqueApplicant('Thiếu Giấy');
    await pickLandChange(page);
    await tick(page, DOCS.application, DOCS.certificate);
    await fillApplicant(page, a);
    expect(await page.getByTestId('desk-missing-notice').textContent()).toContain('Còn thiếu 1 giấy tờ');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await outcomeOf(page);

    const items = page.getByTestId('desk-missing-items');
    await items.waitFor();
    expect(await items.locator('li').allTextContents()).toEqual([`Thiếu ${DOCS.contract} (bản chính)`]);
    await screenshot(page, 'desk-receive-incomplete');
    const html = await printed(page, 'desk-print-02', '/api/intake-desk/supplement-requests/');
    expect(html).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(html).toContain(DOCS.contract);
    expect(html).toContain(a.fullName);

    // back to the form: everything typed is still there, the missing row marked
    await page.getByRole('button', { name: 'Sửa hồ sơ và tiếp nhận lại' }).click();
    expect(await page.getByLabel('Họ và tên', { exact: true }).inputValue()).toBe(a.fullName);
    await page.getByTestId('desk-doc-1').getByRole('alert').waitFor();
  });

  it('refuses a dossier at the desk with its reasons and prints form 03', async () => {
    const a = uniqueApplicant('Từ Chối');
    await pickLandChange(page);
    await fillApplicant(page, a);
    await page.getByRole('button', { name: 'Từ chối tiếp nhận…' }).click();
    await page.getByLabel('Lý do từ chối (mỗi dòng một lý do)').fill('Thửa đất đang có tranh chấp, chưa được giải quyết\nGiấy chứng nhận đã bị thu hồi');
    await screenshot(page, 'desk-refusal-form');
    await page.getByRole('button', { name: 'Từ chối và lập phiếu 03' }).click();
    await outcomeOf(page);
    await page.getByRole('heading', { name: 'Đã từ chối tiếp nhận hồ sơ' }).waitFor();
    await screenshot(page, 'desk-refused');

    const html = await printed(page, 'desk-print-03', '/api/intake-desk/refusals/');
    expect(html).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(html).toContain('Thửa đất đang có tranh chấp, chưa được giải quyết');
    expect(html).toContain('Giấy chứng nhận đã bị thu hồi');
    expect(html).toContain(a.fullName);
  });

  it('resends with the same Idempotency-Key after a lost answer: one dossier, not two', async () => {
    const a = uniqueApplicant('Mất Mạng');
    const keys: string[] = [];
    let dropFirstAnswer = true;
    await page.route('**/api/dossiers', async (route) => {
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      if (!dropFirstAnswer) return route.continue();
      dropFirstAnswer = false;
      await route.fetch(); // the gateway records the dossier …
      await route.abort('connectionreset'); // … but its answer never reaches the desk
    });
    await pickLandChange(page);
    await tick(page, DOCS.application, DOCS.contract, DOCS.certificate);
    await fillApplicant(page, a);
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByText('Chưa nhận được trả lời của máy chủ', { exact: false }).waitFor();
    expect(await page.getByLabel('Họ và tên', { exact: true }).inputValue()).toBe(a.fullName);

    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    const code = (await page.getByTestId('desk-dossier-code').textContent())!.trim();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const register = await clerk.call('GET', `/api/reports/register?from=${today}&to=${today}&pageSize=500`);
    expect(register.body.items.filter((l: { applicantName: string }) => l.applicantName === a.fullName).map((l: { dossierCode: string }) => l.dossierCode)).toEqual([code]);
  });

  it('lists the dossier received through the form in the day’s register, printable', async () => {
    expect(receivedCode).toBeDefined();
    await page.getByRole('link', { name: 'Sổ theo dõi' }).click();
    await page.waitForURL('**/desk/register');
    const row = page.getByTestId('desk-register').locator(`tr[data-code="${receivedCode}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Đăng ký biến động quyền sử dụng đất');
    expect(await row.textContent()).toContain('Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng');
    await screenshot(page, 'desk-register');
    const html = await printed(page, 'desk-register-print', '/api/reports/register/print');
    expect(html).toContain(receivedCode!);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '⬇ Tải CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^so-theo-doi-ho-so-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      }, reject);
    });
    expect(csv).toContain(receivedCode!);
  });

  it('hands a result back from the district to an authorised person', async () => {
    const a = uniqueApplicant('Nhận Kết Quả');
    const submitted = await clerk.call('POST', '/api/dossiers', {
      procedureCode: LAND,
      channel: 'counter',
      resultDelivery: 'desk',
      applicant: { fullName: a.fullName, idNumber: a.idNumber, phone: a.phone, address: a.address },
      documents: ['don-dang-ky-bien-dong', 'hop-dong', 'giay-chung-nhan'].map((code) => ({ code, present: true })),
    });
    expect(submitted.status).toBe(201);
    const code: string = submitted.body.dossierCode;
    // the district (land registration branch 869) plays its part over HTTP
    const handler = await DeskGateway.login('handler.tanhong');
    const head = await DeskGateway.login('head.tanhong');
    const transferId = await eventually(async () => {
      const inbox = await handler.call('GET', '/api/office/inbox');
      return inbox.body.items?.find((t: { dossierCode: string }) => t.dossierCode === code)?.transferId as string | undefined;
    });
    expect((await handler.call('POST', `/api/transfers/${transferId}/acknowledge`, {})).status).toBeLessThan(300);
    expect((await handler.call('POST', `/api/transfers/${transferId}/resolve`, { resultRef: 'BD-WEB-0001', summary: 'Chỉnh lý Giấy chứng nhận' })).status).toBeLessThan(300);
    expect((await head.call('POST', `/api/transfers/${transferId}/approve`, {})).status).toBe(200);
    await eventually(async () => ((await clerk.call('GET', `/api/dossiers/${code}`)).body.status === 'result-ready' ? true : undefined));

    await page.getByRole('link', { name: 'Kết quả trả về' }).click();
    const row = page.getByTestId('desk-inbox').locator(`tr[data-code="${code}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('BD-WEB-0001');
    await screenshot(page, 'desk-inbox');
    await row.getByRole('button', { name: 'Trả kết quả' }).click();
    await page.getByLabel('Người nhận').selectOption('authorised');
    await page.getByRole('button', { name: 'Xác nhận đã trả kết quả' }).click();
    expect(await fieldError(page, 'Họ tên người nhận').textContent()).toBe('Ghi họ tên người được ủy quyền');
    await page.getByLabel('Họ tên người nhận').fill('Trần Văn Ủy Quyền');
    await page.getByLabel('Số giấy ủy quyền').fill('UQ-15/2026');
    await screenshot(page, 'desk-hand-over');
    await page.getByRole('button', { name: 'Xác nhận đã trả kết quả' }).click();
    await page.getByTestId('desk-handed-over').waitFor();
    expect((await clerk.call('GET', `/api/dossiers/${code}`)).body.status).toBe('handed-over');
  });
});
