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
/** The seed's birth registration – permanent residence bundle (QĐ 296/QĐ-VPCP): 1.001193 + 1.004222. */
const BUNDLE = { code: 'LIENTHONG-KHAISINH-THUONGTRU', name: /Liên thông đăng ký khai sinh – đăng ký thường trú/ };
const BIRTH = { form: 'Tờ khai đăng ký khai sinh', certificate: 'Giấy chứng sinh' };
const RESIDENCE = { ct01: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', home: 'Giấy tờ chứng minh chỗ ở hợp pháp (không cần nếu đã có trong cơ sở dữ liệu)' };

/** Picks the bundle from the same search as a procedure. */
async function pickBundle(page: Page): Promise<void> {
  await page.getByLabel('Tìm thủ tục (mã hoặc tên, gõ không dấu cũng được)').fill('khai sinh thuong tru');
  await page.getByRole('button', { name: BUNDLE.name }).click();
  await page.getByTestId('desk-procedure').getByText('2 trong 1').waitFor();
}

async function tickIn(page: Page, member: number, ...names: string[]): Promise<void> {
  for (const name of names) await page.getByTestId(`desk-member-${member}`).getByLabel(`Đã nộp: ${name}`).check();
}

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
    await page.getByLabel('Số bộ hồ sơ').fill('2');
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
    expect(html).toContain('2. Số lượng hồ sơ: 02 bộ');

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

  it('receives a "2 in 1" bundle: one checklist and fee per child, one applicant, linked dossiers, one receipt listing all', async () => {
    const a = uniqueApplicant('Liên Thông');
    const receipt = `BL-${a.idNumber.slice(-6)}`;
    await pickBundle(page);
    expect(await page.getByTestId('desk-member-0').getByRole('heading').textContent()).toContain('1.001193');
    expect(await page.getByTestId('desk-member-1').getByRole('heading').textContent()).toContain('1.004222');
    // no refusal of a bundle as a whole: one procedure is refused on its own
    expect(await page.getByRole('button', { name: 'Từ chối tiếp nhận…' }).count()).toBe(0);
    await tickIn(page, 0, BIRTH.form, BIRTH.certificate);
    await tickIn(page, 1, RESIDENCE.ct01, RESIDENCE.home);
    await page.getByTestId('desk-member-0').getByTestId('desk-doc-0').getByLabel('Viết hộ').check();
    await page.getByLabel(`Người viết hộ: ${BIRTH.form}`).fill('Lê Văn Giúp');
    // the birth registration is free; the residence registration has its own fee and receipt
    expect(await page.getByTestId('desk-member-0').getByTestId('desk-fee-status').textContent()).toBe('Thủ tục không thu phí, lệ phí.');
    await page.getByTestId('desk-member-1').getByLabel('Số biên lai thu phí').fill(receipt);
    await fillApplicant(page, a);
    await page.getByLabel('Nhận kết quả tại').selectOption('home');
    expect(await page.getByTestId('desk-missing-notice').count()).toBe(0);
    await screenshot(page, 'desk-bundle-form');

    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/intake-desk/bundles') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click(),
    ]);
    await outcomeOf(page);
    // one intake: one request, each child with its own checklist and fee (GET /api/dossiers/:code does not show fees)
    const sent = answer.request().postDataJSON();
    expect(sent.members.map((m: { procedureCode: string; fee?: unknown }) => [m.procedureCode, m.fee ?? null])).toEqual([
      ['1.001193', null],
      ['1.004222', { receiptNumber: receipt }],
    ]);
    const bundleReceipt = await answer.json();
    expect(bundleReceipt.children[1].fee).toMatchObject({ status: 'paid', receiptNumber: receipt, amountVnd: 20000 });
    const rows = page.getByTestId('desk-bundle-children').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')!));
    for (const code of codes) expect(code).toMatch(/^000\.\d{2}\.\d{2}\.H20-\d{6}-\d{4}$/);
    await screenshot(page, 'desk-bundle-accepted');

    const html = await printed(page, 'desk-print-01', '/api/intake-desk/bundles/');
    for (const code of codes) expect(html).toContain(code);
    expect(html).toContain(a.fullName);

    const children = await Promise.all(codes.map(async (code) => (await clerk.call('GET', `/api/dossiers/${code}`)).body));
    expect(children.map((c) => c.procedure.code)).toEqual(['1.001193', '1.004222']);
    for (const c of children) {
      expect(c.applicant).toMatchObject({ fullName: a.fullName, phone: a.phone });
      expect(c.resultDelivery).toBe('home');
    }
    expect(children[0].documents.find((d: { code: string }) => d.code === 'to-khai').writtenOnBehalfBy).toBe('Lê Văn Giúp');
  });

  it('an incomplete child of a bundle gives one form 02 for the bundle, and nothing is received', async () => {
    const a = uniqueApplicant('Liên Thông Thiếu');
    await pickBundle(page);
    await tickIn(page, 0, BIRTH.form);
    await tickIn(page, 1, RESIDENCE.home);
    await fillApplicant(page, a);
    expect(await page.getByTestId('desk-missing-notice').textContent()).toContain('Đăng ký khai sinh (1); Đăng ký thường trú (1)');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await outcomeOf(page);

    const items = page.getByTestId('desk-missing-items').locator('li');
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual([`Đăng ký khai sinh: Thiếu ${BIRTH.certificate} (bản chính)`, `Đăng ký thường trú: Thiếu ${RESIDENCE.ct01} (bản chính)`]);
    await screenshot(page, 'desk-bundle-incomplete');
    const html = await printed(page, 'desk-print-02', '/api/intake-desk/supplement-requests/');
    expect(html).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(html).toContain(BIRTH.certificate);
    expect(html).toContain(RESIDENCE.ct01);
    expect(html).toContain(a.fullName);

    // back to the form: the missing row of each child is marked, what was typed is kept
    await page.getByRole('button', { name: 'Sửa hồ sơ và tiếp nhận lại' }).click();
    expect(await page.getByLabel('Họ và tên', { exact: true }).inputValue()).toBe(a.fullName);
    await page.getByTestId('desk-member-0').getByTestId('desk-doc-1').getByRole('alert').waitFor();
    await page.getByTestId('desk-member-1').getByTestId('desk-doc-0').getByRole('alert').waitFor();
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const register = await clerk.call('GET', `/api/reports/register?from=${today}&to=${today}&pageSize=500`);
    expect(register.body.items.some((l: { applicantName: string }) => l.applicantName === a.fullName)).toBe(false);
  });

  it('hands a result back from the district to an authorised person', async () => {
    const a = uniqueApplicant('Nhận Kết Quả');
    const submitted = await clerk.call('POST', '/api/dossiers', {
      procedureCode: LAND,
      channel: 'counter',
      resultDelivery: 'post',
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
    // whose dossier, and the delivery the citizen chose at intake
    expect(await row.getByTestId('desk-inbox-applicant').textContent()).toBe(a.fullName);
    expect(await row.getByTestId('desk-inbox-delivery').textContent()).toBe('Qua bưu chính');
    await screenshot(page, 'desk-inbox');
    // the gateway names an unnamed authorised recipient as the body has it
    const unnamed = await clerk.call('POST', `/api/intake-desk/dossiers/${code}/hand-over`, { method: 'desk', recipient: { kind: 'authorised' } });
    expect([unnamed.status, unnamed.body.fields]).toEqual([400, [{ field: 'recipient.fullName', reason: 'Người được ủy quyền nhận kết quả phải ghi rõ họ tên' }]]);
    await row.getByRole('button', { name: 'Trả kết quả' }).click();
    // the hand-over starts from the citizen's choice
    expect(await page.getByLabel('Hình thức trả').inputValue()).toBe('post');
    await page.getByText(`Chủ hồ sơ: ${a.fullName}`, { exact: false }).waitFor();
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
