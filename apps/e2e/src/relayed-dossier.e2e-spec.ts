import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS } from '@motcua/devtools';
import { computeAppointment, createVietnamLegalCalendar } from '@motcua/working-days';
import { GatewayClient } from './http-client';
import { SystemUnderTest } from '@motcua/testing';
import { eventually } from './eventually';

const applicant = {
  fullName: 'Nguyễn Thị Hồng',
  idNumber: '087190001234',
  phone: '0912345678',
  email: 'hong@example.vn',
  address: 'Ấp Phước Tiên, xã Tân Phước, huyện Tân Hồng',
};

/** A land change (2.001458, 10 working days): since 1 Jul 2025 decided by the province's land registration branch. */
const landChange = {
  procedureCode: '2.001458',
  channel: 'counter',
  resultDelivery: 'desk',
  applicant,
  documents: [
    { code: 'don-dang-ky-bien-dong', present: true },
    { code: 'hop-dong', present: true },
    { code: 'giay-chung-nhan', present: true },
  ],
};

/**
 * The project's central flow over HTTP against every service as its own process: a procedure of a remote authority
 * received at Tân Phước commune's desk, relayed to it (three-tier: Tân Hồng district; two-tier, today: the land
 * registration branch of the Tân Hồng area, unit 869), resolved there, returned and handed over.
 */
describe('a district dossier received at a commune desk, end to end', () => {
  const sut = new SystemUnderTest();
  let anonymous: GatewayClient;
  let clerk: GatewayClient;
  let otherClerk: GatewayClient;
  let handler: GatewayClient;
  let head: GatewayClient;

  beforeAll(async () => {
    await sut.start();
    anonymous = new GatewayClient(sut.gatewayUrl);
    clerk = await anonymous.login('clerk.tanphuoc');
    otherClerk = await anonymous.login('clerk.hoathuan');
    handler = await anonymous.login('handler.tanhong');
    head = await anonymous.login('head.tanhong');
  });
  afterAll(() => sut.stop());

  let dossierCode: string;
  let transferId: string;

  it('lets every demo account that `npm start` prints log in', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = await anonymous.request('POST', '/api/auth/login', { username: account.username, password: account.password });
      expect({ username: account.username, status: res.status }).toEqual({ username: account.username, status: 200 });
    }
  });

  it('rejects bad input with the field and the reason, and changes nothing', async () => {
    const noPhone = await clerk.post('/api/dossiers', { ...landChange, applicant: { ...applicant, phone: '12345' } }, randomUUID());
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.fields.map((f: { field: string }) => f.field)).toContain('applicant.phone');

    const incomplete = await clerk.post('/api/dossiers', { ...landChange, documents: landChange.documents.filter((d) => d.code !== 'hop-dong') }, randomUUID());
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.fields).toEqual([{ field: 'documents.hop-dong', reason: expect.stringContaining('Thiếu') }]);

    const noKey = await clerk.post('/api/dossiers', landChange);
    expect(noKey.status).toBe(400);

    const inbox = await clerk.get('/api/desk/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.body).toEqual([]);
  });

  it('receives the dossier: code per agency and day, appointment in working days, once per idempotency key', async () => {
    const key = randomUUID();
    const res = await clerk.post('/api/dossiers', landChange, key);
    expect(res.status).toBe(201);
    const receipt = res.body;
    expect(receipt.dossierCode).toMatch(/^000\.72\.69\.H20-\d{6}-0001$/);
    expect(receipt.receivingUnit).toMatchObject({ code: '29972', name: 'Xã Tân Phước' });
    const expected = computeAppointment({ receivedAt: new Date(receipt.receivedAt), limit: { value: 10, unit: 'working-days' }, calendar: createVietnamLegalCalendar() });
    expect(receipt.appointmentAt).toBe(expected.toISOString());
    dossierCode = receipt.dossierCode;

    const retried = await clerk.post('/api/dossiers', landChange, key);
    expect(retried.status).toBe(201);
    expect(retried.body.dossierCode).toBe(dossierCode);
  });

  it('routes it to the competent office (869), whose inbox lists it; nobody else acts on it', async () => {
    const inbox = await eventually(
      () => handler.get('/api/office/inbox'),
      (res) => res.status === 200 && res.body.items.some((t: { dossierCode: string }) => t.dossierCode === dossierCode),
    );
    const transfer = inbox.body.items.find((t: { dossierCode: string }) => t.dossierCode === dossierCode);
    expect(transfer).toMatchObject({ fromUnitCode: '29972', toUnitCode: '869', status: 'sent', timeliness: 'not-yet-due' });
    transferId = transfer.transferId;

    expect((await clerk.get('/api/office/inbox')).status).toBe(403);
    expect((await clerk.post(`/api/transfers/${transferId}/acknowledge`, {}, randomUUID())).status).toBe(403);
  });

  it('is acknowledged and resolved by the office handler', async () => {
    const resolveEarly = await handler.post(`/api/transfers/${transferId}/resolve`, { resultRef: 'BD-2026-0001', summary: 'Xác nhận nội dung biến động trên Giấy chứng nhận' }, randomUUID());
    expect(resolveEarly.status).toBe(409);

    const ack = await handler.post(`/api/transfers/${transferId}/acknowledge`, {}, randomUUID());
    expect([200, 201]).toContain(ack.status);
    expect(ack.body.status).toBe('acknowledged');

    const badResolve = await handler.post(`/api/transfers/${transferId}/resolve`, { summary: '' }, randomUUID());
    expect(badResolve.status).toBe(400);

    const resolved = await handler.post(`/api/transfers/${transferId}/resolve`, { resultRef: 'BD-2026-0001', summary: 'Xác nhận nội dung biến động trên Giấy chứng nhận' }, randomUUID());
    expect([200, 201]).toContain(resolved.status);
    // The procedure's step plan has the head sign: the result waits for the head, who alone approves.
    expect(resolved.body).toMatchObject({ status: 'awaiting-approval' });
    expect((await handler.post(`/api/transfers/${transferId}/approve`, {}, randomUUID())).status).toBe(403);
    const approved = await head.post(`/api/transfers/${transferId}/approve`, {}, randomUUID());
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'resolved', timeliness: 'early' });
  });

  it('comes back to the commune desk, where only its own clerk hands it over', async () => {
    await eventually(
      () => clerk.get('/api/desk/inbox?status=result-ready'),
      (res) => res.status === 200 && res.body.some((d: { dossierCode: string }) => d.dossierCode === dossierCode),
    );
    expect((await otherClerk.post(`/api/dossiers/${dossierCode}/hand-over`, { method: 'desk' }, randomUUID())).status).toBe(403);
    const handed = await clerk.post(`/api/dossiers/${dossierCode}/hand-over`, { method: 'desk' }, randomUUID());
    expect([200, 201]).toContain(handed.status);
    expect(handed.body.status).toBe('handed-over');
    const again = await clerk.post(`/api/dossiers/${dossierCode}/hand-over`, { method: 'desk' }, randomUUID());
    expect(again.status).toBe(409);
  });

  it('shows the whole timeline, in order, with every step', async () => {
    const timeline = await eventually(
      () => clerk.get(`/api/dossiers/${dossierCode}/timeline`),
      (res) => res.status === 200 && res.body.entries.length >= 8,
    );
    const events = timeline.body.entries.map((e: { event: string }) => e.event);
    expect(events).toEqual([
      'intake.evt.dossier.received.v1',
      'routing.evt.dossier.routed.v1',
      'relay.evt.transfer.sent.v1',
      'relay.evt.transfer.acknowledged.v1',
      'relay.evt.dossier.resolved.v1',
      'relay.evt.result.sent-back.v1',
      'intake.evt.dossier.result-ready.v1',
      'intake.evt.dossier.handed-over.v1',
    ]);
    const times = timeline.body.entries.map((e: { at: string }) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('told the citizen at receipt, when the result was ready and when it was handed over', async () => {
    const sent = await eventually(
      () => clerk.get(`/api/dossiers/${dossierCode}/notifications`),
      (res) => res.status === 200 && res.body.filter((d: { status: string }) => d.status === 'delivered').length >= 6,
    );
    const messages = sent.body.map((d: { template: string; channel: string }) => `${d.template}:${d.channel}`).sort();
    expect(messages).toEqual(['receipt:email', 'receipt:sms', 'result-ready-desk:email', 'result-ready-desk:sms', 'result-returned:email', 'result-returned:sms']);
    expect(JSON.stringify(sent.body)).not.toContain(applicant.phone);
  });

  it('prints the process-control slip (form 05) with every handover', async () => {
    const res = await clerk.get(`/api/dossiers/${dossierCode}/control-slip`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(res.body).toContain('Trước hạn');
  });

  it('takes a supplement round trip: office asks, desk records, the clock restarts, the office resolves', async () => {
    const receipt = (await clerk.post('/api/dossiers', landChange, randomUUID())).body;
    const inbox = await eventually(
      () => handler.get('/api/office/inbox?status=sent'),
      (res) => res.status === 200 && res.body.items.some((t: { dossierCode: string }) => t.dossierCode === receipt.dossierCode),
    );
    const id = inbox.body.items.find((t: { dossierCode: string }) => t.dossierCode === receipt.dossierCode).transferId;
    await handler.post(`/api/transfers/${id}/acknowledge`, {}, randomUUID());
    const asked = await handler.post(`/api/transfers/${id}/request-supplement`, { items: [{ name: 'Hợp đồng chuyển nhượng', reason: 'Không rõ chữ' }] }, randomUUID());
    expect(asked.body.status).toBe('awaiting-supplement');

    const desk = await eventually(
      () => clerk.get('/api/desk/inbox?status=supplement-requested'),
      (res) => res.status === 200 && res.body.some((d: { dossierCode: string }) => d.dossierCode === receipt.dossierCode),
    );
    expect(desk.body.find((d: { dossierCode: string }) => d.dossierCode === receipt.dossierCode).supplementItems).toHaveLength(1);
    const recorded = await clerk.post(`/api/dossiers/${receipt.dossierCode}/supplement`, { documents: [{ code: 'hop-dong', present: true }] }, randomUUID());
    expect(recorded.status).toBe(200);
    expect(Date.parse(recorded.body.appointmentAt)).toBeGreaterThanOrEqual(Date.parse(receipt.appointmentAt));

    await eventually(
      () => handler.get('/api/office/inbox?status=acknowledged'),
      (res) => res.status === 200 && res.body.items.some((t: { transferId: string }) => t.transferId === id),
    );
    const resolved = await handler.post(`/api/transfers/${id}/resolve`, { resultRef: 'BD-2026-0002', summary: 'Xác nhận biến động' }, randomUUID());
    expect(resolved.body).toMatchObject({ status: 'awaiting-approval', supplementCount: 1 });
    expect((await head.post(`/api/transfers/${id}/approve`, {}, randomUUID())).body).toMatchObject({ status: 'resolved', timeliness: 'early' });
    await eventually(
      () => clerk.get('/api/desk/inbox?status=result-ready'),
      (res) => res.status === 200 && res.body.some((d: { dossierCode: string }) => d.dossierCode === receipt.dossierCode),
    );
  });

  it('answers the public lookup with the status and nothing personal', async () => {
    const wrongFactor = await anonymous.request('POST', '/api/public/dossier-status', { dossierCode, secondFactor: '0000' });
    const res = await anonymous.request('POST', '/api/public/dossier-status', { dossierCode, secondFactor: applicant.phone.slice(-4) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dossierCode, status: 'handed-over', procedureName: 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế' });
    const text = JSON.stringify(res.body);
    for (const personal of [applicant.fullName, applicant.idNumber, applicant.phone, applicant.email]) expect(text).not.toContain(personal);
    const unknown = await anonymous.request('POST', '/api/public/dossier-status', { dossierCode: '000.72.69.H20-991231-9999', secondFactor: '0000' });
    // The same answer for a wrong factor and for no such dossier: the code alone reveals nothing.
    expect([wrongFactor.status, unknown.status]).toEqual([404, 404]);
    expect(wrongFactor.body.message).toBe(unknown.body.message);
  });
});
