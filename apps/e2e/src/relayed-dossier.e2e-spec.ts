import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS } from '@motcua/devtools';
import { computeAppointment, createVietnamLegalCalendar } from '@motcua/working-days';
import { GatewayClient } from './http-client';
import { eventually, SystemUnderTest } from './system-under-test';

const applicant = {
  fullName: 'Nguyễn Thị Hồng',
  idNumber: '087190001234',
  phone: '0912345678',
  email: 'hong@example.vn',
  address: 'Ấp Phước Tiên, xã Tân Phước, huyện Tân Hồng',
};

const householdBusiness = {
  procedureCode: '1.001612',
  channel: 'counter',
  resultDelivery: 'desk',
  applicant,
  documents: [
    { code: 'giay-de-nghi', present: true },
    { code: 'giay-to-phap-ly', present: true },
  ],
};

/**
 * The project's central flow over HTTP against every service as its own process: a district procedure received
 * at Tân Phước commune's desk, relayed to Tân Hồng district, resolved there, returned and handed over.
 */
describe('a district dossier received at a commune desk, end to end', () => {
  const sut = new SystemUnderTest();
  let anonymous: GatewayClient;
  let clerk: GatewayClient;
  let otherClerk: GatewayClient;
  let handler: GatewayClient;

  beforeAll(async () => {
    await sut.start();
    anonymous = new GatewayClient(sut.gatewayUrl);
    clerk = await anonymous.login('clerk.tanphuoc');
    otherClerk = await anonymous.login('clerk.hoathuan');
    handler = await anonymous.login('handler.tanhong');
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
    const noPhone = await clerk.post('/api/dossiers', { ...householdBusiness, applicant: { ...applicant, phone: '12345' } }, randomUUID());
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.fields.map((f: { field: string }) => f.field)).toContain('applicant.phone');

    const incomplete = await clerk.post('/api/dossiers', { ...householdBusiness, documents: [{ code: 'giay-de-nghi', present: true }] }, randomUUID());
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.fields).toEqual([{ field: 'documents.giay-to-phap-ly', reason: expect.stringContaining('Thiếu') }]);

    const noKey = await clerk.post('/api/dossiers', householdBusiness);
    expect(noKey.status).toBe(400);

    const inbox = await clerk.get('/api/desk/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.body).toEqual([]);
  });

  it('receives the dossier: code per agency and day, appointment in working days, once per idempotency key', async () => {
    const key = randomUUID();
    const res = await clerk.post('/api/dossiers', householdBusiness, key);
    expect(res.status).toBe(201);
    const receipt = res.body;
    expect(receipt.dossierCode).toMatch(/^000\.72\.69\.H20-\d{6}-0001$/);
    expect(receipt.receivingUnit).toMatchObject({ code: '29972', name: 'Xã Tân Phước' });
    const expected = computeAppointment({ receivedAt: new Date(receipt.receivedAt), limit: { value: 3, unit: 'working-days' }, calendar: createVietnamLegalCalendar() });
    expect(receipt.appointmentAt).toBe(expected.toISOString());
    dossierCode = receipt.dossierCode;

    const retried = await clerk.post('/api/dossiers', householdBusiness, key);
    expect(retried.status).toBe(201);
    expect(retried.body.dossierCode).toBe(dossierCode);
  });

  it('routes it to the district office, whose inbox lists it; nobody else acts on it', async () => {
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

  it('is acknowledged and resolved by the district handler', async () => {
    const resolveEarly = await handler.post(`/api/transfers/${transferId}/resolve`, { resultRef: 'GCN-HKD-2026-0001', summary: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh' }, randomUUID());
    expect(resolveEarly.status).toBe(409);

    const ack = await handler.post(`/api/transfers/${transferId}/acknowledge`, {}, randomUUID());
    expect([200, 201]).toContain(ack.status);
    expect(ack.body.status).toBe('acknowledged');

    const badResolve = await handler.post(`/api/transfers/${transferId}/resolve`, { summary: '' }, randomUUID());
    expect(badResolve.status).toBe(400);

    const resolved = await handler.post(`/api/transfers/${transferId}/resolve`, { resultRef: 'GCN-HKD-2026-0001', summary: 'Cấp Giấy chứng nhận đăng ký hộ kinh doanh' }, randomUUID());
    expect([200, 201]).toContain(resolved.status);
    expect(resolved.body).toMatchObject({ status: 'resolved', timeliness: 'early' });
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

  it('told the citizen at receipt and when the result was ready', async () => {
    const sent = await eventually(
      () => clerk.get(`/api/dossiers/${dossierCode}/notifications`),
      (res) => res.status === 200 && res.body.filter((d: { status: string }) => d.status === 'delivered').length >= 4,
    );
    const messages = sent.body.map((d: { template: string; channel: string }) => `${d.template}:${d.channel}`).sort();
    expect(messages).toEqual(['receipt:email', 'receipt:sms', 'result-ready:email', 'result-ready:sms']);
    expect(JSON.stringify(sent.body)).not.toContain(applicant.phone);
  });

  it('answers the public lookup with the status and nothing personal', async () => {
    const res = await anonymous.get(`/api/public/dossiers/${dossierCode}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dossierCode, status: 'handed-over', procedureName: 'Đăng ký thành lập hộ kinh doanh' });
    const text = JSON.stringify(res.body);
    for (const personal of [applicant.fullName, applicant.idNumber, applicant.phone, applicant.email]) expect(text).not.toContain(personal);
    expect((await anonymous.get('/api/public/dossiers/000.72.69.H20-991231-9999')).status).toBe(404);
  });
});
