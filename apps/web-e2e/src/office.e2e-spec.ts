import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser, loginAs, newDeskContext, screenshot } from './support/browser';
import { OfficeHttp, officeTransfer, receiveLandChange, transferById, waitForTransfer } from './support/office-http';

/** A Vietnam calendar day `days` from today, as the date input takes it and as form 04 prints it. */
function vietnamDayFromToday(days: number): { input: string; printed: string } {
  const d = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const [y, m, day] = d.split('-');
  return { input: d, printed: `${day}/${m}/${y}` };
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // window.print opens no dialog in a headless browser: count the calls instead.
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __prints: number; print: () => void };
    w.__prints = 0;
    w.print = () => {
      w.__prints += 1;
    };
  });
  return page;
}

async function frameContaining(page: Page, text: string, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const html = await frame.content().catch(() => '');
      if (html.includes(text)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no frame shows "${text}"`);
    await page.waitForTimeout(200);
  }
}

/**
 * The district office (unit 869, land registration branch) at work on dossiers relayed from Tân Phước commune's
 * desk: each test receives its own land change (2.001458) over HTTP and waits until it reaches the office's inbox.
 */
describe('the district office: inbox, acknowledge, resolve, approve, apologise, print', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clerk: OfficeHttp;
  let handler: OfficeHttp;

  beforeAll(async () => {
    browser = await launchBrowser();
    clerk = await OfficeHttp.login('clerk.tanphuoc');
    handler = await OfficeHttp.login('handler.tanhong');
  });
  beforeEach(async () => {
    context = await newDeskContext(browser);
    page = await newPage(context);
  });
  afterEach(() => context.close());
  afterAll(() => browser?.close());

  it('handler.tanhong finds the new dossier in the inbox, acknowledges and resolves it; head.tanhong approves it', async () => {
    const { dossierCode } = await receiveLandChange(clerk);
    const arrived = await waitForTransfer(handler, dossierCode);
    expect(arrived.status).toBe('sent');

    await loginAs(page, 'handler.tanhong');
    await page.waitForURL('**/office/inbox');
    await page.getByLabel('Trạng thái').selectOption('sent');
    await page.waitForURL('**/office/inbox?status=sent');
    const row = page.locator(`tr[data-dossier="${dossierCode}"]`);
    await row.waitFor();
    // 10 working days ahead: on time, green, with the time left.
    expect(await row.getAttribute('class')).toContain('office-row-ok');
    expect(await row.locator('.badge').first().textContent()).toBe('Trong hạn');
    expect(await row.locator('.office-left').textContent()).toMatch(/^còn \d+ ngày$/);
    expect(await row.locator('td[data-status]').textContent()).toBe('Mới chuyển đến');
    await page.locator('.page-actions button:not([disabled])').waitFor();
    await screenshot(page, 'office-inbox');

    await row.getByRole('link', { name: dossierCode }).click();
    await page.waitForURL(`**/office/transfers/${arrived.transferId}`);
    await page.getByRole('heading', { name: `Hồ sơ ${dossierCode}` }).waitFor();
    const status = page.locator('[data-field="status"] dd');
    expect(await status.textContent()).toBe('Mới chuyển đến');
    // Names as relay kept them when the dossier was routed, not bare codes.
    expect(arrived.procedureName).toBeTruthy();
    expect(await page.locator('[data-field="procedure"] dd').textContent()).toBe(`${arrived.procedureName} (2.001458)`);
    expect(await page.locator('[data-field="from"] dd').textContent()).toBe(`${arrived.receivingUnitName} (29972)`);
    await screenshot(page, 'office-transfer-detail');

    await page.getByRole('button', { name: 'Xác nhận đã nhận hồ sơ' }).click();
    await page.getByTestId('office-done').getByText('Đã xác nhận nhận hồ sơ.').waitFor();
    expect(await status.textContent()).toBe('Đang xử lý');
    expect((await officeTransfer(handler, dossierCode))!.status).toBe('acknowledged');

    await page.getByRole('button', { name: 'Nhập kết quả giải quyết' }).click();
    const resultRef = page.getByLabel('Số, ký hiệu văn bản kết quả');
    expect(await page.locator(':focus').getAttribute('id')).toBe(await resultRef.getAttribute('id'));
    // Nothing typed: each field says so, and nothing is sent.
    await page.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    await page.getByText('Vui lòng sửa các trường được đánh dấu.').waitFor();
    expect(await page.locator('.field-error', { hasText: 'Bắt buộc nhập' }).count()).toBe(2);
    expect((await officeTransfer(handler, dossierCode))!.status).toBe('acknowledged');

    await resultRef.fill('BD-2026-0042');
    await page.getByLabel('Trích yếu kết quả').fill('Xác nhận nội dung biến động trên Giấy chứng nhận');
    await resultRef.press('Enter');
    await page.getByTestId('office-done').getByText('Đã ghi nhận kết quả giải quyết.').waitFor();
    expect(await status.textContent()).toBe('Chờ lãnh đạo duyệt');
    // The handler cannot approve: the button is the head's.
    expect(await page.getByRole('button', { name: 'Phê duyệt, ký kết quả' }).count()).toBe(0);
    expect(await officeTransfer(handler, dossierCode)).toMatchObject({ status: 'awaiting-approval', resultRef: 'BD-2026-0042' });

    const headContext = await newDeskContext(browser);
    try {
      const headPage = await newPage(headContext);
      await loginAs(headPage, 'head.tanhong');
      await headPage.goto(`/office/transfers/${arrived.transferId}`);
      await headPage.getByRole('button', { name: 'Phê duyệt, ký kết quả', exact: true }).click();
      expect(await headPage.getByTestId('office-result-ref').textContent()).toBe('BD-2026-0042');
      await headPage.getByRole('button', { name: 'Phê duyệt và ký', exact: true }).click();
      await headPage.getByTestId('office-done').getByText('Đã phê duyệt; kết quả được chuyển về nơi tiếp nhận.').waitFor();
      expect(await headPage.locator('[data-field="status"] dd').textContent()).toBe('Đã giải quyết');
      // The timeline catches up with the office's steps.
      await headPage.locator('.office-timeline li[data-event="relay.evt.transfer.acknowledged.v1"]').waitFor();
      await screenshot(headPage, 'office-transfer-approved');
    } finally {
      await headContext.close();
    }
    expect(await officeTransfer(handler, dossierCode)).toMatchObject({ status: 'resolved', resultRef: 'BD-2026-0042', timeliness: 'early' });
  });

  it('apologises with a new date (form 04) after someone else’s change, keeping what was typed, and prints the letter', async () => {
    const { dossierCode } = await receiveLandChange(clerk);
    const arrived = await waitForTransfer(handler, dossierCode);
    const newDate = vietnamDayFromToday(40);
    const reason = 'Chờ kết quả đo đạc lại thửa đất';

    await loginAs(page, 'handler.tanhong');
    await page.goto(`/office/transfers/${arrived.transferId}`);
    await page.getByRole('button', { name: 'Xin lỗi, hẹn lại (Mẫu 04)', exact: true }).click();
    await page.getByLabel('Lý do chậm trễ').fill(reason);
    await page.getByLabel('Ngày hẹn trả kết quả mới').fill(newDate.input);

    // Meanwhile a colleague takes the dossier on: its version moves on under the open form.
    const me = (await handler.get<{ id: string }>('/api/auth/me')).body;
    const taken = await handler.post(`/api/transfers/${arrived.transferId}/assign`, { assigneeStaffId: me.id });
    expect(taken.status).toBe(200);

    await page.getByRole('button', { name: 'Ghi nhận và lập phiếu xin lỗi' }).click();
    await page.getByTestId('office-conflict').waitFor();
    expect(await page.getByTestId('office-conflict').textContent()).toContain('vừa được người khác thay đổi');
    // Nothing lost: the form is still open with what was typed, and nothing was recorded.
    expect(await page.getByLabel('Lý do chậm trễ').inputValue()).toBe(reason);
    expect(await page.getByLabel('Ngày hẹn trả kết quả mới').inputValue()).toBe(newDate.input);
    expect((await officeTransfer(handler, dossierCode))!.delayed).toBe(false);

    await page.getByRole('button', { name: 'Ghi nhận và lập phiếu xin lỗi' }).click();
    await page.waitForURL(`**/office/transfers/${arrived.transferId}/apology`);
    const letter = page.locator('article.office-letter');
    await letter.getByText('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ').waitFor();
    const text = (await letter.textContent()) ?? '';
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain(dossierCode);
    expect(text).toContain(`Lý do: ${reason}`);
    expect(await page.getByTestId('office-letter-new-date').textContent()).toBe(`17 giờ 00 phút, ngày ${newDate.printed}`);
    // Every fact from relay: the appointment the citizen held, the procedure and the units by name.
    const recorded = await transferById(handler, arrived.transferId);
    expect(recorded.delay).toMatchObject({ reason, previousAppointmentAt: arrived.appointmentAt });
    expect(await page.getByTestId('office-letter-old-date').textContent()).toMatch(/^\d{2} giờ \d{2} phút, ngày \d{2}\/\d{2}\/\d{4}$/);
    expect(await page.getByTestId('office-letter-procedure').textContent()).toBe(`${arrived.procedureName} (mã 2.001458)`);
    expect(text).toContain(`Bộ phận tiếp nhận và trả kết quả ${arrived.receivingUnitName} tiếp nhận`);
    expect(text).toContain(`${arrived.officeName} xin lỗi Ông/Bà`);

    await page.getByLabel('Tên cơ quan').fill('Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng');
    await page.getByLabel('Kính gửi Ông/Bà').fill('Trần Văn Phòng');
    expect(await letter.textContent()).toContain('Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng xin lỗi Ông/Bà');
    await page.getByRole('button', { name: 'In phiếu', exact: true }).click();
    expect(await page.evaluate(() => (globalThis as unknown as { __prints: number }).__prints)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.office-letter-fields').isVisible()).toBe(false);
    await screenshot(page, 'office-form04-print');
    await page.emulateMedia({ media: 'screen' });

    const after = (await officeTransfer(handler, dossierCode))!;
    expect(after).toMatchObject({ delayed: true, status: 'sent' });
    expect(Date.parse(after.dueAt)).toBeGreaterThan(Date.parse(arrived.dueAt));
    // Once only: back on the dossier the apology is no longer offered, its letter is.
    await page.getByRole('link', { name: '‹ Về hồ sơ' }).click();
    await page.getByRole('link', { name: 'Phiếu xin lỗi (Mẫu 04)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Xin lỗi, hẹn lại (Mẫu 04)', exact: true }).count()).toBe(0);

    // Another PC (a fresh browser, nothing stored): the head reprints the same letter from relay's record.
    const headContext = await newDeskContext(browser);
    try {
      const headPage = await newPage(headContext);
      await loginAs(headPage, 'head.tanhong');
      await headPage.goto(`/office/transfers/${arrived.transferId}/apology`);
      await headPage.getByTestId('office-letter-reason').getByText(reason).waitFor();
      expect(await headPage.getByTestId('office-letter-new-date').textContent()).toBe(`17 giờ 00 phút, ngày ${newDate.printed}`);
      expect(await headPage.evaluate(() => Object.keys((globalThis as unknown as { localStorage: Record<string, string> }).localStorage).filter((k) => k.startsWith('motcua.office.')))).toEqual([]);
    } finally {
      await headContext.close();
    }
  });

  it('the head assigns a dossier to a colleague picked by name; a stale version is refused (If-Match)', async () => {
    const { dossierCode } = await receiveLandChange(clerk);
    const arrived = await waitForTransfer(handler, dossierCode);
    const me = (await handler.get<{ id: string; displayName: string }>('/api/auth/me')).body;
    const head = await OfficeHttp.login('head.tanhong');
    const colleagues = (await head.get<{ items: { id: string; displayName: string }[] }>('/api/office/staff')).body.items;
    expect(colleagues).toContainEqual({ id: me.id, displayName: me.displayName });

    await loginAs(page, 'head.tanhong');
    await page.goto(`/office/transfers/${arrived.transferId}`);
    await page.getByRole('button', { name: 'Phân công', exact: true }).click();
    const select = page.getByLabel('Cán bộ được giao');
    await page.locator(`select option[value="${me.id}"]`).waitFor({ state: 'attached' });
    // Nothing chosen: named next to the field, nothing sent.
    await page.getByRole('form', { name: 'Phân công xử lý' }).getByRole('button', { name: 'Phân công', exact: true }).click();
    await page.locator('.field-error', { hasText: 'Bắt buộc nhập' }).waitFor();
    await select.selectOption({ label: me.displayName });
    await screenshot(page, 'office-assign');
    await page.getByRole('form', { name: 'Phân công xử lý' }).getByRole('button', { name: 'Phân công', exact: true }).click();
    await page.getByTestId('office-done').getByText('Đã phân công xử lý.').waitFor();
    expect(await page.locator('[data-field="assignee"] dd').textContent()).toBe(me.displayName);
    const assigned = await transferById(handler, arrived.transferId);
    expect(assigned.assignedTo).toBe(me.id);

    // Acknowledge and resolve honour If-Match: the version before the assignment is stale.
    const stale = { 'if-match': String(arrived.version) };
    const ack = await handler.post(`/api/transfers/${arrived.transferId}/acknowledge`, {}, stale);
    expect(ack.status).toBe(409);
    expect(ack.body.code).toBe('stale_version');
    const acked = await handler.post(`/api/transfers/${arrived.transferId}/acknowledge`, {}, { 'if-match': String(assigned.version) });
    expect(acked.status).toBe(200);
    const resolution = { resultRef: 'BD-2026-0099', summary: 'Xác nhận biến động' };
    expect((await handler.post(`/api/transfers/${arrived.transferId}/resolve`, resolution, stale)).status).toBe(409);
    expect(await transferById(handler, arrived.transferId)).toMatchObject({ status: 'acknowledged', resultRef: null });
  });

  it('finds a dossier in the inbox by a part of its code', async () => {
    const { dossierCode } = await receiveLandChange(clerk);
    await waitForTransfer(handler, dossierCode);
    const tail = dossierCode.slice(-11).toLowerCase();

    await loginAs(page, 'handler.tanhong');
    await page.waitForURL('**/office/inbox');
    const search = page.getByLabel('Mã hồ sơ');
    await search.fill('07');
    await search.press('Enter');
    await page.locator('.field-error', { hasText: 'Nhập ít nhất 3 ký tự của mã hồ sơ' }).waitFor();
    await search.fill(tail);
    await search.press('Enter');
    await page.waitForURL(`**/office/inbox?code=${encodeURIComponent(tail.toUpperCase())}`);
    // The list keeps its old rows while the search loads: wait for the answer to the search.
    await page.waitForFunction(() => (globalThis as any).document.querySelector('[data-testid="office-summary"]')?.textContent.startsWith('1 hồ sơ ·'));
    expect(await page.locator('tr.office-row').count()).toBe(1);
    expect(await page.locator(`tr[data-dossier="${dossierCode}"]`).count()).toBe(1);
    await screenshot(page, 'office-inbox-search');
    await page.getByRole('button', { name: 'Bỏ tìm kiếm' }).click();
    await page.waitForURL(/\/office\/inbox$/);
  });

  it('requests a supplement item by item, and refuses another dossier with its reasons', async () => {
    const first = await receiveLandChange(clerk);
    const second = await receiveLandChange(clerk);
    const a = await waitForTransfer(handler, first.dossierCode);
    const b = await waitForTransfer(handler, second.dossierCode);
    await handler.post(`/api/transfers/${a.transferId}/acknowledge`);
    await handler.post(`/api/transfers/${b.transferId}/acknowledge`);

    await loginAs(page, 'handler.tanhong');
    await page.goto(`/office/transfers/${a.transferId}`);
    await page.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
    await page.getByLabel('Giấy tờ cần bổ sung').fill('Hợp đồng chuyển nhượng');
    await page.getByRole('button', { name: '+ Thêm nội dung' }).click();
    await page.getByLabel('Giấy tờ cần bổ sung').nth(1).fill('Bản đồ địa chính');
    // The second row has no reason: named next to it, nothing sent.
    await page.getByLabel('Lý do').first().fill('Không rõ chữ ký bên bán');
    await page.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
    await page.locator('.office-supplement-item').nth(1).locator('.field-error', { hasText: 'Bắt buộc nhập' }).waitFor();
    expect((await officeTransfer(handler, first.dossierCode))!.status).toBe('acknowledged');
    await page.getByLabel('Lý do').nth(1).fill('Thiếu trích đo thửa đất');
    await page.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
    await page.getByTestId('office-done').waitFor();
    expect(await page.locator('[data-field="status"] dd').textContent()).toBe('Chờ bổ sung');
    // The clock stops: grey, no time left shown.
    expect(await page.locator('.office-deadline').getAttribute('data-tone')).toBe('paused');
    expect(await officeTransfer(handler, first.dossierCode)).toMatchObject({ status: 'awaiting-supplement', supplementCount: 1 });

    await page.goto(`/office/transfers/${b.transferId}`);
    await page.getByRole('button', { name: 'Từ chối giải quyết', exact: true }).click();
    await page.getByLabel('Lý do từ chối').fill('Thửa đất đang có tranh chấp\nChưa hoàn thành nghĩa vụ tài chính');
    await page.getByRole('form', { name: 'Từ chối giải quyết' }).getByRole('button', { name: 'Từ chối giải quyết' }).click();
    await page.getByTestId('office-done').waitFor();
    expect(await page.locator('[data-field="status"] dd').textContent()).toBe('Từ chối giải quyết');
    expect((await officeTransfer(handler, second.dossierCode))!.status).toBe('refused');
  });

  it('prints the process-control slip (form 05) and shows the timeline', async () => {
    const { dossierCode } = await receiveLandChange(clerk);
    const arrived = await waitForTransfer(handler, dossierCode);
    await handler.post(`/api/transfers/${arrived.transferId}/acknowledge`);

    await loginAs(page, 'handler.tanhong');
    await page.goto(`/office/transfers/${arrived.transferId}`);
    await page.locator('.office-timeline li[data-event="intake.evt.dossier.received.v1"]').waitFor();
    await page.getByRole('button', { name: 'In phiếu kiểm soát (Mẫu 05)' }).click();
    const slip = await frameContaining(page, 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    const html = await slip.content();
    expect(html).toContain(dossierCode);
    expect(html).toContain('Nhận hồ sơ');
    await screenshot(page, 'office-control-slip');
  });

  it('lists every relayed dossier by urgency (late, near, on time, then paused and finished) and filters "assigned to me"', async () => {
    const { dossierCode } = await receiveLandChange(clerk);
    const arrived = await waitForTransfer(handler, dossierCode);
    const me = (await handler.get<{ id: string }>('/api/auth/me')).body;
    expect((await handler.post(`/api/transfers/${arrived.transferId}/assign`, { assigneeStaffId: me.id })).status).toBe(200);

    await loginAs(page, 'handler.tanhong');
    await page.waitForURL('**/office/inbox');
    await page.locator(`tr[data-dossier="${dossierCode}"]`).waitFor();
    await page.locator('.page-actions button:not([disabled])').waitFor();
    const rank: Record<string, number> = { late: 0, near: 1, 'on-time': 2, paused: 3, 'done-late': 4, 'done-on-time': 4, closed: 5 };
    const tones = await page.locator('tr.office-row .office-deadline').evaluateAll((els) => els.map((el) => el.getAttribute('data-tone') ?? ''));
    const ranks = tones.map((tone) => rank[tone]);
    expect(ranks.every((r) => r !== undefined)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a! - b!));
    await screenshot(page, 'office-inbox-all');

    // "Assigned to me" goes into the address and keeps only the handler's own dossiers.
    await page.getByLabel('Chỉ hồ sơ giao cho tôi').click();
    await page.waitForURL('**/office/inbox?mine=1');
    await page.locator('.office-check input:checked').waitFor({ timeout: 5_000 });
    await page.locator('.page-actions button:not([disabled])').waitFor();
    await page.locator(`tr[data-dossier="${dossierCode}"]`).waitFor();
    const assignees = await page.locator('tr.office-row td:nth-child(6)').allTextContents();
    expect(assignees.length).toBeGreaterThan(0);
    expect(assignees.every((a) => a.startsWith('Tôi ('))).toBe(true);
    const mine = await handler.get<{ total: number }>('/api/office/inbox?assignedTo=me');
    expect(assignees.length).toBe(Math.min(mine.body.total, 50));
  });

  it('shows an auditor the inbox read-only, without "assigned to me"', async () => {
    await loginAs(page, 'auditor.dongthap');
    await page.waitForURL('**/office/inbox');
    await page.getByRole('heading', { name: 'Hồ sơ cần xử lý' }).waitFor();
    await page.getByTestId('office-summary').waitFor();
    expect(await page.getByLabel('Chỉ hồ sơ giao cho tôi').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
