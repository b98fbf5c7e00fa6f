import {
  BookingCancelled,
  BookingConfirmed,
  BookingReminderDue,
  CitizenPreferences,
  CreateTemplateDraft,
  DeadlineAlert,
  DeliveryReport,
  DossierDelayed,
  DossierHandedOver,
  DossierReceived,
  DossierRefused,
  MessageUndelivered,
  PublishTemplate,
  REFERENCE_BUCKET,
  ResultReady,
  SetCitizenPreferences,
  SetUnitContact,
  SupplementRequested,
  TemplateCatalogue,
  unitKey,
  type EventContract,
  type TemplateText,
} from '@motcua/contracts';
import { openBucket } from '@motcua/messaging';
import { eventuallyTruthy as eventually, startServiceUnderTest, type ServiceUnderTest } from '@motcua/service-testing';
import { auditor, bookingConfirmed, clerk, deadlineAlert, delayed, handedOver, newCode, newPhone, provinceAdmin, received, refused, resultReady, supplementRequested } from './__tests__/events';
import { startHttpProvider, type HttpProvider } from './__tests__/http-provider';
import { startSmtpSink, type SmtpSink } from './__tests__/smtp-sink';
import { TestClock } from './__tests__/test-clock';
import { createNotificationService } from './notification.service';

interface Row {
  id: string;
  template: string;
  template_version: number;
  channel: string;
  status: string;
  attempts: number;
  last_error: string | null;
  fallback_of: string | null;
  next_attempt_at: Date;
  audience: string;
}

/** 10:00 in Vietnam: no quiet hours. */
const DAYTIME = '2025-11-20T03:00:00Z';
let keys = 0;
const key = () => `it-key-${Date.now()}-${++keys}`;

describe('notification through real providers: SMS gateway and ZNS over HTTP, e-mail over SMTP', () => {
  let svc: ServiceUnderTest;
  let http: HttpProvider;
  let smtp: SmtpSink;
  const clock = new TestClock();

  const rows = (dossierCode: string) =>
    svc.query<Row>(
      `SELECT id, template, template_version, channel, status, attempts, last_error, fallback_of, next_attempt_at, audience
         FROM notification.deliveries WHERE dossier_code = $1 ORDER BY template, channel`,
      [dossierCode],
    );
  const settled = (dossierCode: string, count: number) =>
    eventually(async () => {
      const found = await rows(dossierCode);
      expect(found).toHaveLength(count);
      for (const r of found) expect(['delivered', 'permanent-failure', 'cancelled']).toContain(r.status);
      return found;
    });
  const smsFor = (id: string) => http.on('/sms').filter((r) => r.body.requestId === id);
  const mailsFor = (id: string) => smtp.mails.filter((m) => m.headers['message-id'] === `<${id}@motcua.test>`);
  /** Publishes an event twice under one id, redelivers it past JetStream's dedupe, and replays it under a new id. */
  const publishFourTimes = async <T extends object>(contract: EventContract<T>, payload: T, id: string) => {
    await svc.publish(contract, payload, id);
    await svc.publish(contract, payload, id);
    await svc.consumed(contract, (await svc.redeliver(contract, payload, id)).seq);
    await svc.consumed(contract, (await svc.publish(contract, payload, `${id}:replayed`)).seq);
  };
  const publishTemplate = async (text: TemplateText) => {
    const draft = await svc.rpc.call(CreateTemplateDraft, { idempotencyKey: key(), actor: provinceAdmin, body: text });
    return svc.rpc.call(PublishTemplate, { idempotencyKey: key(), actor: provinceAdmin, kind: text.kind, channel: text.channel, version: draft.template.version });
  };

  beforeAll(async () => {
    clock.set(DAYTIME);
    http = await startHttpProvider((path) =>
      path === '/zns' ? { status: 200, body: { error: 0, message: 'Success', data: { msg_id: `zns-${Date.now()}` } } } : { status: 202, body: { messageId: `sms-${Date.now()}` } },
    );
    smtp = await startSmtpSink();
    svc = await startServiceUnderTest(createNotificationService({ clock }), {
      NOTIFY_SMS_PROVIDER: 'http',
      NOTIFY_SMS_URL: `${http.baseUrl}/sms`,
      NOTIFY_SMS_API_KEY: 'test-key',
      NOTIFY_SMS_SENDER: 'UBND-TANPHUOC',
      NOTIFY_ZALO_PROVIDER: 'zns',
      NOTIFY_ZNS_URL: `${http.baseUrl}/zns`,
      NOTIFY_ZNS_ACCESS_TOKEN: 'oa-token',
      NOTIFY_EMAIL_PROVIDER: 'smtp',
      NOTIFY_SMTP_URL: smtp.url,
      NOTIFY_EMAIL_FROM: '"Bộ phận Một cửa xã Tân Phước" <thongbao@tanphuoc.test>',
      NOTIFY_EMAIL_MESSAGE_ID_DOMAIN: 'motcua.test',
      NOTIFY_SWEEP_MS: '100',
      NOTIFY_SEND_LEASE_MS: '3000',
      NOTIFY_RETRY_BASE_MS: '100',
      NOTIFY_RETRY_MAX_MS: '300',
      NOTIFY_MAX_ATTEMPTS: '4',
      NOTIFY_QUIET_HOURS: '21:00-07:00',
      DB_POOL_SIZE: '4',
    });
    // Routing's unit tree, as replicated: two provinces, a district and communes of each.
    const kv = await openBucket(svc.nc, svc.running.config, REFERENCE_BUCKET);
    for (const [code, type, parentCode] of [
      ['87', 'province', null],
      ['869', 'district', '87'],
      ['29972', 'commune', '869'],
      ['89', 'province', null],
      ['888', 'district', '89'],
      ['30385', 'commune', '888'],
    ] as const) {
      await kv.put(unitKey(code), JSON.stringify({ code, name: `Đơn vị ${code}`, type, parentCode, agencyCode: 'x', deskName: 'x', validFrom: '2019-01-01', validTo: null }));
    }
  });

  afterAll(async () => {
    await svc?.close();
    await http?.close();
    await smtp?.close();
  });

  afterEach(() => clock.set(DAYTIME));

  it('sends each event once per channel, however often it is delivered, in Vietnamese', async () => {
    const code = newCode();
    const phone = newPhone();
    await publishFourTimes(DossierReceived, received(code, { phone, email: 'nguyenvana@example.com' }), `${code}:received`);
    await publishFourTimes(SupplementRequested, supplementRequested(code), `${code}:supplement`);
    await publishFourTimes(DossierDelayed, delayed(code), `${code}:delayed`);
    await publishFourTimes(ResultReady, resultReady(code, 'post'), `${code}:ready`);
    await publishFourTimes(DossierHandedOver, handedOver(code), `${code}:handed-over`);
    await publishFourTimes(DossierRefused, refused(code), `${code}:refused`);

    const found = await settled(code, 12);
    expect(found.map((r) => [r.template, r.channel, r.status])).toEqual(
      ['apology', 'receipt', 'refusal', 'result-ready-post', 'result-returned', 'supplement-request'].flatMap((t) => [
        [t, 'email', 'delivered'],
        [t, 'sms', 'delivered'],
      ]),
    );
    for (const r of found) {
      if (r.channel === 'sms') expect(smsFor(r.id)).toHaveLength(1);
      else expect(mailsFor(r.id)).toHaveLength(1);
    }

    const byTemplate = (template: string, channel: string) => found.find((r) => r.template === template && r.channel === channel)!;
    const [sms] = smsFor(byTemplate('result-ready-post', 'sms').id);
    expect(sms.body).toEqual({
      to: phone,
      sender: 'UBND-TANPHUOC',
      requestId: byTemplate('result-ready-post', 'sms').id,
      text: `Hồ sơ ${code} đã có kết quả. Kết quả được gửi qua bưu chính công ích đến địa chỉ ông/bà đã đăng ký.`,
    });
    expect(sms.headers['idempotency-key']).toBe(byTemplate('result-ready-post', 'sms').id);
    expect(sms.headers.authorization).toBe('Bearer test-key');

    const [apology] = mailsFor(byTemplate('apology', 'email').id);
    expect(apology.to).toEqual(['nguyenvana@example.com']);
    expect(apology.subject).toBe(`Xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${code}`);
    expect(apology.text).toBe(
      `Cơ quan giải quyết xin lỗi ông/bà vì hồ sơ ${code} không có kết quả vào ngày hẹn 16:00 ngày 25/11/2025. ` +
        'Lý do: Cần xác minh thêm tại cơ quan khác. Ngày hẹn trả kết quả mới: 16:00 ngày 28/11/2025. Mong ông/bà thông cảm.',
    );
    const [supplement] = mailsFor(byTemplate('supplement-request', 'email').id);
    expect(supplement.text).toContain('Bản sao giấy khai sinh (bản sao không rõ nét)');
  });

  it('confirms a booking, reminds of it and acknowledges its cancellation, once each', async () => {
    const code = `LH-29972-251122-${Date.now() % 10_000}`;
    const phone = newPhone();
    const confirmed = bookingConfirmed(code, { phone });
    const { slotEnd: _end, procedureCode: _procedure, ...reminder } = confirmed;
    await publishFourTimes(BookingConfirmed, confirmed, `${code}:confirmed`);
    await publishFourTimes(BookingReminderDue, reminder, `${code}:reminder`);
    const { sessionName: _session, ...rest } = reminder;
    await publishFourTimes(BookingCancelled, { ...rest, cancelledAt: '2025-11-21T10:00:00.000Z' }, `${code}:cancelled`);
    const found = await eventually(async () => {
      const booked = await svc.query<Row & { id: string }>(
        `SELECT id, template, channel, status FROM notification.deliveries WHERE recipient_key = $1 ORDER BY template`,
        [`booking:${code}`],
      );
      expect(booked.map((r) => [r.template, r.channel, r.status])).toEqual([
        ['booking-cancelled', 'sms', 'delivered'],
        ['booking-confirmed', 'sms', 'delivered'],
        ['booking-reminder', 'sms', 'delivered'],
      ]);
      return booked;
    });
    for (const r of found) expect(smsFor(r.id)).toHaveLength(1);
    expect(smsFor(found[1].id)[0].body.text).toBe(
      `Đã đặt lịch ${code}: 08:30 ngày 22/11/2025 tại Bộ phận Một cửa xã Tân Phước. Xin đến đúng giờ, mang theo giấy tờ tùy thân.`,
    );
  });

  it('writes on Zalo to a citizen who chose it, and falls back to SMS when Zalo refuses for good', async () => {
    await publishTemplate({
      kind: 'receipt',
      channel: 'zalo',
      providerTemplateId: '401234',
      body: 'Hồ sơ {dossierCode} đã được tiếp nhận lúc {receivedAt}. Ngày hẹn trả kết quả: {appointmentAt}.',
    });
    const onZalo = newPhone();
    const noZalo = newPhone();
    for (const phone of [onZalo, noZalo]) {
      await svc.rpc.call(SetCitizenPreferences, {
        idempotencyKey: key(),
        actor: clerk,
        body: { phone, preferredChannel: 'zalo', consents: { zalo: 'granted' }, source: 'desk-form' },
      });
    }

    const zaloCode = newCode();
    await svc.publish(DossierReceived, received(zaloCode, { phone: onZalo }), `${zaloCode}:r`);
    const [zalo] = await settled(zaloCode, 1);
    expect([zalo.channel, zalo.status]).toEqual(['zalo', 'delivered']);
    const [zns] = http.on('/zns').filter((r) => r.body.tracking_id === zalo.id);
    expect(zns.headers.access_token).toBe('oa-token');
    expect(zns.body).toEqual({
      phone: `84${onZalo.slice(1)}`,
      template_id: '401234',
      template_data: { dossierCode: zaloCode, receivedAt: '08:30 ngày 20/11/2025', appointmentAt: '16:00 ngày 25/11/2025' },
      tracking_id: zalo.id,
    });

    http.script('/zns', { status: 200, body: { error: -118, message: 'Zalo account not existed' } });
    const fallbackCode = newCode();
    await svc.publish(DossierReceived, received(fallbackCode, { phone: noZalo }), `${fallbackCode}:r`);
    const [sms, failed] = await settled(fallbackCode, 2);
    expect([failed.channel, failed.status, failed.last_error]).toEqual(['zalo', 'permanent-failure', 'ZNS error -118: no Zalo account for this number']);
    expect([sms.channel, sms.status, sms.fallback_of]).toEqual(['sms', 'delivered', failed.id]);
    expect(smsFor(sms.id)[0].body.text).toBe(`Hồ sơ ${fallbackCode} đã được tiếp nhận lúc 08:30 ngày 20/11/2025. Hẹn trả kết quả: 16:00 ngày 25/11/2025.`);
    // The citizen got the message: nothing to report.
    expect((await svc.query(`SELECT id FROM notification.outbox WHERE payload->>'dossierCode' = $1`, [fallbackCode])).length).toBe(0);
  });

  it('retries through an SMS gateway outage, then delivers once it recovers', async () => {
    http.script('/sms', { status: 503 }, { status: 503, headers: { 'retry-after': '0' } }, { status: 500 });
    const code = newCode();
    await svc.publish(DossierReceived, received(code, { phone: newPhone() }), `${code}:r`);
    const [row] = await settled(code, 1);
    expect([row.status, row.attempts, row.last_error]).toEqual(['delivered', 4, null]);
    const calls = smsFor(row.id);
    expect(calls).toHaveLength(4);
    expect(new Set(calls.map((c) => c.headers['idempotency-key']))).toEqual(new Set([row.id]));
  });

  it('gives up on a message the gateway never takes, and reports it undelivered', async () => {
    http.script('/sms', { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const code = newCode();
    await svc.publish(DossierReceived, received(code, { phone: newPhone() }), `${code}:r`);
    const [row] = await settled(code, 1);
    expect([row.status, row.attempts, row.last_error]).toEqual(['permanent-failure', 4, 'gave up after 4 attempts: SMS gateway answered HTTP 503']);
    const reports = await svc.query(`SELECT subject, payload FROM notification.outbox WHERE payload->>'dossierCode' = $1`, [code]);
    expect(reports).toEqual([
      {
        subject: MessageUndelivered.subject,
        payload: expect.objectContaining({ deliveryId: row.id, template: 'receipt', channel: 'sms', reason: 'failed', unitCode: '29972' }),
      },
    ]);
    expect(JSON.stringify(reports)).not.toMatch(/09\d{8}/);
  });

  it('retries a mailbox the SMTP server defers, and stops at once on one it refuses', async () => {
    smtp.rejectNext(451);
    const deferred = newCode();
    await svc.publish(DossierReceived, received(deferred, { email: 'tam-thoi@example.vn' }), `${deferred}:r`);
    const [retried] = await settled(deferred, 1);
    expect([retried.status, retried.attempts]).toEqual(['delivered', 2]);
    expect(mailsFor(retried.id)).toHaveLength(1);

    smtp.rejectNext(550);
    const refusedCode = newCode();
    await svc.publish(DossierReceived, received(refusedCode, { email: 'khong-ton-tai@example.vn' }), `${refusedCode}:r`);
    const [refusedMail] = await settled(refusedCode, 1);
    expect([refusedMail.status, refusedMail.attempts, refusedMail.last_error]).toEqual(['permanent-failure', 1, 'SMTP 550']);
  });

  it('holds SMS written at night until 07:00 Vietnam time; e-mail goes at once', async () => {
    clock.set('2025-11-20T15:30:00Z'); // 22:30 in Vietnam
    const code = newCode();
    await svc.publish(DossierReceived, received(code, { phone: newPhone(), email: 'dem@example.vn' }), `${code}:r`);
    const email = await eventually(async () => {
      const found = (await rows(code)).find((r) => r.channel === 'email')!;
      expect(found.status).toBe('delivered');
      return found;
    });
    expect(mailsFor(email.id)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 500)); // several sweeps
    const held = (await rows(code)).find((r) => r.channel === 'sms')!;
    expect([held.status, held.attempts, new Date(held.next_attempt_at).toISOString()]).toEqual(['created', 0, '2025-11-21T00:00:00.000Z']);
    expect(smsFor(held.id)).toHaveLength(0);

    clock.set('2025-11-21T00:00:01Z'); // 07:00:01
    await eventually(async () => expect(smsFor(held.id)).toHaveLength(1));
    expect((await rows(code)).map((r) => r.status)).toEqual(['delivered', 'delivered']);
  });

  it('honours an opt-out, even for a message already waiting for the morning', async () => {
    const optedOut = newPhone();
    await svc.rpc.call(SetCitizenPreferences, { idempotencyKey: key(), actor: clerk, body: { phone: optedOut, consents: { sms: 'withdrawn' }, source: 'citizen-request' } });
    const code = newCode();
    await svc.publish(DossierReceived, received(code, { phone: optedOut, email: 'chi-email@example.vn' }), `${code}:r`);
    expect((await settled(code, 1)).map((r) => r.channel)).toEqual(['email']);

    clock.set('2025-11-20T15:30:00Z');
    const phone = newPhone();
    const waiting = newCode();
    await svc.publish(DossierReceived, received(waiting, { phone }), `${waiting}:r`);
    const [held] = await eventually(async () => {
      const found = await rows(waiting);
      expect(found.map((r) => r.status)).toEqual(['created']);
      return found;
    });
    const view = await svc.rpc.call(SetCitizenPreferences, { idempotencyKey: key(), actor: clerk, body: { phone, consents: { sms: 'withdrawn' }, source: 'phone-call' } });
    expect(view.consents).toEqual({ sms: 'withdrawn', zalo: 'default', email: 'default' });
    expect(view.history).toEqual([expect.objectContaining({ channel: 'sms', state: 'withdrawn', source: 'phone-call', recordedBy: 'clerk-1', unitCode: '29972' })]);

    clock.set('2025-11-21T00:00:01Z');
    const [cancelled] = await settled(waiting, 1);
    expect([cancelled.status, cancelled.last_error]).toEqual(['cancelled', 'consent withdrawn before sending']);
    expect(smsFor(held.id)).toHaveLength(0);
    expect(await svc.rpc.call(CitizenPreferences, { actor: clerk, phone })).toMatchObject({ consents: { sms: 'withdrawn' } });
  });

  it('answers bad wishes and settings with the field at fault, changing nothing', async () => {
    const set = (body: object) => svc.rpc.call(SetCitizenPreferences, { idempotencyKey: key(), actor: clerk, body } as never);
    await expect(set({ consents: {}, source: 'desk-form' })).rejects.toMatchObject({ status: 400, fields: [{ field: 'phone' }] });
    await expect(set({ phone: '12345', consents: {}, source: 'desk-form' })).rejects.toMatchObject({ status: 400, fields: [{ field: 'body.phone' }] });
    const phone = newPhone();
    await expect(set({ phone, preferredChannel: 'sms', consents: { sms: 'withdrawn' }, source: 'desk-form' })).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'preferredChannel', reason: 'không thể chọn sms khi đang rút lại đồng ý nhận qua kênh này' }],
    });
    await expect(svc.rpc.call(CitizenPreferences, { actor: clerk, phone })).rejects.toMatchObject({ status: 404 });
    await expect(
      svc.rpc.call(SetUnitContact, { idempotencyKey: key(), actor: { ...clerk, roles: ['unit-admin'] }, unitCode: '869', body: { phone: '0277000869' } }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('refuses to publish a template with a placeholder its event does not supply, and uses a good one at once', async () => {
    const bad = await svc.rpc.call(CreateTemplateDraft, {
      idempotencyKey: key(),
      actor: provinceAdmin,
      body: { kind: 'result-returned', channel: 'sms', body: 'Hồ sơ {dossierCode} đã trả lúc {handedOverAt} cho {fullName}.' },
    });
    expect(bad.preview.problems).toEqual([
      { field: 'body', reason: '{fullName} không phải giá trị có trong tin này; chỉ dùng được {dossierCode}, {handedOverAt}' },
    ]);
    await expect(
      svc.rpc.call(PublishTemplate, { idempotencyKey: key(), actor: provinceAdmin, kind: 'result-returned', channel: 'sms', version: bad.template.version }),
    ).rejects.toMatchObject({ status: 422, code: 'template_has_problems', fields: bad.preview.problems });

    const good = await publishTemplate({ kind: 'result-returned', channel: 'sms', body: 'Hồ sơ {dossierCode} đã được trả kết quả lúc {handedOverAt}. Cảm ơn ông/bà!' });
    expect(good.template).toMatchObject({ version: 3, status: 'published', publishedBy: 'admin-87' });
    const [kind] = await svc.rpc.call(TemplateCatalogue, { actor: provinceAdmin, kind: 'result-returned' });
    expect(kind.templates.filter((t) => t.channel === 'sms').map((t) => [t.version, t.status])).toEqual([
      [1, 'retired'],
      [2, 'draft'],
      [3, 'published'],
    ]);
    await expect(svc.rpc.call(TemplateCatalogue, { actor: clerk })).rejects.toMatchObject({ status: 403 });

    const code = newCode();
    await svc.publish(DossierReceived, received(code, { phone: newPhone() }), `${code}:r`);
    await svc.publish(DossierHandedOver, handedOver(code), `${code}:h`);
    const found = await settled(code, 2);
    const returned = found.find((r) => r.template === 'result-returned')!;
    expect(returned.template_version).toBe(3);
    expect(smsFor(returned.id)[0].body.text).toBe(`Hồ sơ ${code} đã được trả kết quả lúc 10:15 ngày 24/11/2025. Cảm ơn ông/bà!`);
  });

  it('alerts a unit’s duty contact when a transfer is late, once', async () => {
    await svc.rpc.call(SetUnitContact, { idempotencyKey: key(), actor: provinceAdmin, unitCode: '869', body: { phone: '0277000869', email: 'motcua@tanhong.test' } });
    const code = newCode();
    const alert = deadlineAlert(code, '869');
    await publishFourTimes(DeadlineAlert, alert, `${code}:late`);
    const found = await settled(code, 2);
    expect(found.map((r) => [r.template, r.channel, r.audience, r.status])).toEqual([
      ['transfer-late', 'email', 'staff', 'delivered'],
      ['transfer-late', 'sms', 'staff', 'delivered'],
    ]);
    expect(smsFor(found[1].id)[0].body).toMatchObject({ to: '0277000869', text: `Hồ sơ ${code} đã quá hạn xử lý (16:00 ngày 25/11/2025). Đề nghị đơn vị xử lý ngay.` });

    const nobody = newCode();
    await svc.consumed(DeadlineAlert, (await svc.publish(DeadlineAlert, deadlineAlert(nobody, '99999'), `${nobody}:late`)).seq);
    expect(await rows(nobody)).toEqual([]);
  });

  it('keeps administrators to their province: duty contacts of its units only, templates changed from a province only', async () => {
    const setContact = (actor: typeof provinceAdmin, unitCode: string) =>
      svc.rpc.call(SetUnitContact, { idempotencyKey: key(), actor, unitCode, body: { phone: '0296000000' } }).then(
        () => 'set',
        (error) => ({ status: error.status, fields: error.fields }),
      );
    const admin = (unitCode: string) => ({ staffId: `admin-${unitCode}`, unitCode, roles: ['province-admin' as const] });
    // Their own province's units, at any depth, and the province itself.
    expect(await setContact(provinceAdmin, '29972')).toBe('set');
    expect(await setContact(provinceAdmin, '87')).toBe('set');
    expect(await setContact({ staffId: 'ua', unitCode: '29972', roles: ['unit-admin'] }, '29972')).toBe('set');
    // Another province's unit; an account holding the role at a district; an unknown unit.
    expect(await setContact(provinceAdmin, '30385')).toMatchObject({ status: 403 });
    expect(await setContact(admin('89'), '29972')).toMatchObject({ status: 403 });
    expect(await setContact(admin('869'), '29972')).toMatchObject({ status: 403 });
    expect(await setContact(provinceAdmin, '99999')).toMatchObject({ status: 404, fields: [{ field: 'unitCode' }] });
    expect(await svc.query(`SELECT recipient_key FROM notification.contacts WHERE recipient_key IN ('unit:30385', 'unit:99999')`)).toEqual([]);

    // The wording every unit uses is changed from a province only, not by an account holding the role at a commune.
    const text = { kind: 'receipt' as const, channel: 'email' as const, subject: 'Tiếp nhận hồ sơ {dossierCode}', body: 'Hồ sơ {dossierCode} đã được tiếp nhận.' };
    const fromCommune = admin('29972');
    await expect(svc.rpc.call(CreateTemplateDraft, { idempotencyKey: key(), actor: fromCommune, body: text })).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    const draft = await svc.rpc.call(CreateTemplateDraft, { idempotencyKey: key(), actor: provinceAdmin, body: text });
    await expect(
      svc.rpc.call(PublishTemplate, { idempotencyKey: key(), actor: fromCommune, kind: 'receipt', channel: 'email', version: draft.template.version }),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    // Reading stays open to the role.
    expect((await svc.rpc.call(TemplateCatalogue, { actor: fromCommune, kind: 'receipt' })).length).toBe(1);
  });

  it('reports every message of a period to auditors, page by page; a desk sees its own unit only', async () => {
    const period = { from: '2025-11-19T17:00:00.000Z', to: '2025-11-23T17:00:00.000Z' };
    const [{ n }] = await svc.query<{ n: string }>(`SELECT count(*) AS n FROM notification.deliveries`);
    const all = [];
    let after: string | undefined;
    do {
      const page = await svc.rpc.call(DeliveryReport, { actor: auditor, ...period, limit: 7, ...(after ? { after } : {}) });
      all.push(...page.rows);
      after = page.next ?? undefined;
    } while (after);
    expect(all).toHaveLength(Number(n));
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(all.map((r) => r.createdAt)).toEqual([...all.map((r) => r.createdAt)].sort());
    expect(JSON.stringify(all)).not.toMatch(/09\d{8}|@example\.(com|vn)/);
    expect(all.some((r) => r.unitCode === '869' && r.audience === 'staff')).toBe(true);

    const desk = await svc.rpc.call(DeliveryReport, { actor: clerk, ...period, limit: 1000 });
    expect(desk.rows.length).toBeGreaterThan(0);
    expect(new Set(desk.rows.map((r) => r.unitCode))).toEqual(new Set(['29972']));
    const undelivered = await svc.rpc.call(DeliveryReport, { actor: clerk, ...period, status: 'undelivered', limit: 1000 });
    expect(new Set(undelivered.rows.map((r) => r.status))).toEqual(new Set(['permanent-failure', 'cancelled']));
    await expect(svc.rpc.call(DeliveryReport, { actor: clerk, ...period, unitCode: '869' })).rejects.toMatchObject({ status: 403 });
    await expect(svc.rpc.call(DeliveryReport, { actor: auditor, from: period.to, to: period.from })).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'to', reason: 'phải sau ngày bắt đầu (from)' }],
    });
  });
});
