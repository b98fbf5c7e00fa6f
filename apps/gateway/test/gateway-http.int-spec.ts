import request from 'supertest';
import {
  CHANNELS,
  ResolveTransfer,
  AcknowledgeTransfer,
  deadLetterRpcs,
  DeskInbox,
  DossierStatusRpc,
  INVALID_INPUT_MESSAGE,
  OfficeInbox,
  RefuseAtDesk,
  SubmitDossier,
  WithdrawDossier,
  type Receipt,
} from '@motcua/contracts';
import { bootstrapService, type RunningService } from '@motcua/platform';
import { cleanupNatsPrefix, createTestDatabase, randomPrefix, resolveInfrastructure, type TestDatabase } from '@motcua/testing';
import { createGatewayService } from '../src/gateway.service';
import { DEMO_ACCOUNTS } from '../src/identity/demo-accounts';
import { SeedDemoAccounts } from '../src/identity/seed/seed-demo-accounts';
import { DownstreamStub } from './downstream-stub';

const RPC_TIMEOUT_MS = 400;
const PUBLIC_LIMIT = 3;
const CODE = '000.72.69.H20-260302-0001';

const validSubmission = {
  procedureCode: '1.001234',
  channel: 'counter',
  resultDelivery: 'desk',
  applicant: { fullName: 'Nguyễn Văn An', idNumber: '087090001234', phone: '0912345678', address: 'Ấp 1, xã Tân Phước' },
  documents: [{ code: 'TK01', present: true, count: 1 }],
};

const receipt: Receipt = {
  dossierCode: CODE,
  procedure: { code: '1.001234', name: 'Đăng ký khai sinh' },
  receivingUnit: { code: '29972', name: 'Xã Tân Phước', deskName: 'Bộ phận Một cửa xã Tân Phước' },
  applicant: { fullName: 'Nguyễn Văn An', address: 'Ấp 1, xã Tân Phước', phone: '0912345678' },
  documents: [{ code: 'TK01', name: 'Tờ khai', form: 'original', count: 1 }],
  timeLimit: { value: 3, unit: 'working-days' },
  receivedAt: '2026-03-02T01:00:00.000Z',
  appointmentAt: '2026-03-05T01:00:00.000Z',
  resultDelivery: 'desk',
  channel: 'counter',
  receivedBy: 'staff',
};

describe('gateway HTTP contract (in-process, real Postgres and NATS, services stubbed)', () => {
  let db: TestDatabase;
  let prefix: string;
  let running: RunningService;
  let stub: DownstreamStub;
  let http: () => ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  const login = (username: string, password = 'demo1234') => http().post('/api/auth/login').send({ username, password });
  const as = (username: string) => ({ Authorization: `Bearer ${tokens[username]}` });

  beforeAll(async () => {
    const infra = await resolveInfrastructure();
    db = await createTestDatabase({ adminUrl: infra.databaseUrl });
    prefix = randomPrefix();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      NATS_URL: infra.natsUrl,
      MESSAGING_PREFIX: prefix,
      NATS_STORAGE: 'memory',
      PORT: '0',
      SEED_DEMO: '1',
      AUTH_SECRET: 'integration-test-secret-0123456789abcdef',
      GATEWAY_RPC_TIMEOUT_MS: String(RPC_TIMEOUT_MS),
      PUBLIC_LOOKUP_PER_MINUTE: String(PUBLIC_LIMIT),
      DB_POOL_SIZE: '3',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    };
    running = await bootstrapService(createGatewayService(env), { env });
    stub = new DownstreamStub(running.nc, prefix);
    http = () => request(running.url);
    for (const username of ['clerk.tanphuoc', 'handler.tanhong', 'admin.dongthap']) {
      const res = await login(username);
      expect(res.status).toBe(200);
      tokens[username] = res.body.accessToken;
    }
  });

  afterEach(async () => {
    await stub.reset();
  });

  afterAll(async () => {
    if (running) {
      await cleanupNatsPrefix(running.nc, prefix).catch(() => undefined);
      await running.close();
    }
    await db?.drop();
  });

  describe('login', () => {
    it('returns an access token and the staff member', async () => {
      const before = Date.now();
      const res = await login('clerk.tanphuoc');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        expiresAt: expect.any(String),
        refreshToken: expect.stringMatching(/^[\w-]{43}$/),
        refreshExpiresAt: expect.any(String),
        mustChangePassword: false,
        staff: { id: expect.any(String), username: 'clerk.tanphuoc', displayName: expect.any(String), unitCode: '29972', roles: ['desk-clerk'] },
      });
      const ttl = Date.parse(res.body.expiresAt) - before;
      expect(ttl).toBeGreaterThan(14 * 60_000);
      expect(ttl).toBeLessThanOrEqual(15 * 60_000 + 1000);
    });

    it('answers a wrong password and an unknown user with the same 401', async () => {
      const wrong = await login('clerk.tanphuoc', 'wrong-password');
      const unknown = await login('nobody.here', 'demo1234');
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(unknown.body.message).toBe(wrong.body.message);
      expect(unknown.body.code).toBe(wrong.body.code);
      expect(wrong.body.correlationId).toEqual(expect.any(String));
      expect(wrong.body).not.toHaveProperty('accessToken');
    });

    it('refuses a disabled account with the same 401, even with the right password', async () => {
      const wrong = await login('head.tanhong', 'wrong-password');
      await running.dataSource.query(`UPDATE identity.staff SET disabled = true WHERE username = 'head.tanhong'`);
      const disabled = await login('head.tanhong');
      expect(disabled.status).toBe(401);
      expect(disabled.body.message).toBe(wrong.body.message);
    });

    it('names the missing field, and answers malformed JSON with a 400', async () => {
      const missing = await http().post('/api/auth/login').send({ username: 'clerk.tanphuoc' });
      expect(missing.status).toBe(400);
      expect(missing.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
      const malformed = await http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"username": "clerk.tanphuoc",');
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ statusCode: 400, code: 'malformed_json', correlationId: expect.any(String) });
    });

    it('seeds idempotently', async () => {
      await running.app.get(SeedDemoAccounts).execute();
      const [{ count }] = await running.dataSource.query('SELECT count(*)::int AS count FROM identity.staff');
      expect(count).toBe(DEMO_ACCOUNTS.length);
    });
  });

  describe('authentication and roles', () => {
    it('401 without a token, with a garbage token, and with a token signed by another secret', async () => {
      const none = await http().get('/api/desk/inbox');
      expect(none.status).toBe(401);
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      expect((await http().get('/api/desk/inbox').set('Authorization', 'Bearer abc.def.ghi')).status).toBe(401);
      const [h, p] = tokens['clerk.tanphuoc'].split('.');
      expect((await http().get('/api/desk/inbox').set('Authorization', `Bearer ${h}.${p}.AAAA`)).status).toBe(401);
      expect(stub.totalRequests()).toBe(0);
    });

    it('403 with a reason for a role the endpoint does not allow', async () => {
      const res = await http().get('/api/office/inbox').set(as('clerk.tanphuoc'));
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'forbidden', message: expect.stringContaining('office-handler') });
      expect((await http().post(`/api/dossiers`).set(as('handler.tanhong')).send(validSubmission)).status).toBe(403);
    });
  });

  describe('submit dossier', () => {
    it('forwards the body with the actor and the idempotency key, and answers 201 with the receipt', async () => {
      await stub.answer(SubmitDossier, { ok: true, data: receipt });
      const res = await http().post('/api/dossiers').set(as('clerk.tanphuoc')).set('Idempotency-Key', 'key-0001-submit').send(validSubmission);
      expect(res.status).toBe(201);
      expect(res.body).toEqual(receipt);
      const [sent] = stub.requests(SubmitDossier);
      expect(sent.body).toEqual({
        idempotencyKey: 'key-0001-submit',
        actor: { staffId: expect.any(String), unitCode: '29972', roles: ['desk-clerk'], displayName: expect.any(String) },
        body: validSubmission,
      });
      expect(sent.correlationId).toBe(res.headers['x-correlation-id']);
    });

    it('400 naming the Idempotency-Key header when it is missing or invalid; nothing sent', async () => {
      await stub.answer(SubmitDossier, { ok: true, data: receipt });
      const missing = await http().post('/api/dossiers').set(as('clerk.tanphuoc')).send(validSubmission);
      expect(missing.status).toBe(400);
      expect(missing.body.fields).toEqual([{ field: 'Idempotency-Key', reason: 'là bắt buộc (từ 8 đến 128 ký tự trong A-Z a-z 0-9 . _ : -)' }]);
      const invalid = await http().post('/api/dossiers').set(as('clerk.tanphuoc')).set('Idempotency-Key', 'no spaces!').send(validSubmission);
      expect(invalid.status).toBe(400);
      expect(invalid.body.fields).toEqual([{ field: 'Idempotency-Key', reason: 'phải gồm từ 8 đến 128 ký tự trong A-Z a-z 0-9 . _ : -' }]);
      expect(stub.totalRequests()).toBe(0);
    });

    it('400 naming each field as the client sent it; nothing sent', async () => {
      await stub.answer(SubmitDossier, { ok: true, data: receipt });
      const body = { ...validSubmission, channel: 'fax', applicant: { ...validSubmission.applicant, phone: '12345' }, extra: 1 };
      const res = await http().post('/api/dossiers').set(as('clerk.tanphuoc')).set('Idempotency-Key', 'key-0002-invalid').send(body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'invalid_input', correlationId: expect.any(String) });
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['applicant.phone', 'channel', 'extra']);
      // The reasons read in Vietnamese, next to the field's label: no field name, no class-validator English.
      expect(res.body.fields).toEqual(
        expect.arrayContaining([
          { field: 'channel', reason: `phải là một trong: ${CHANNELS.join(', ')}` },
          { field: 'applicant.phone', reason: 'phải là số điện thoại Việt Nam gồm 10 chữ số, bắt đầu bằng 0' },
          { field: 'extra', reason: 'không được có trong yêu cầu' },
        ]),
      );
      expect(stub.totalRequests()).toBe(0);
    });

    it("passes a service's 422 through with its status, code and fields", async () => {
      const error = { status: 422, code: 'documents_incomplete', message: 'Hồ sơ thiếu giấy tờ', fields: [{ field: 'documents', reason: 'TK02 missing' }] };
      await stub.answer(SubmitDossier, { ok: false, error });
      const res = await http().post('/api/dossiers').set(as('clerk.tanphuoc')).set('Idempotency-Key', 'key-0003-rule').send(validSubmission);
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ statusCode: 422, code: 'documents_incomplete', message: 'Hồ sơ thiếu giấy tờ', fields: error.fields, correlationId: res.headers['x-correlation-id'] });
    });

    it('503 when the service is silent (subscribed, no answer) within the gateway timeout', async () => {
      await stub.answer(SubmitDossier, 'silent');
      const started = Date.now();
      const res = await http().post('/api/dossiers').set(as('clerk.tanphuoc')).set('Idempotency-Key', 'key-0004-silent').send(validSubmission);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ code: 'service_unavailable', correlationId: expect.any(String) });
      expect(Date.now() - started).toBeLessThan(RPC_TIMEOUT_MS + 2000);
      expect(stub.requests(SubmitDossier)).toHaveLength(1);
    });

    it('503 when no instance of the service is running', async () => {
      const res = await http().post('/api/dossiers').set(as('clerk.tanphuoc')).set('Idempotency-Key', 'key-0005-down').send(validSubmission);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
    });

    it('503 with Retry-After, not 500, when the service answers that its database is away', async () => {
      await stub.answer(SubmitDossier, { ok: false, error: { status: 503, code: 'service_unavailable', message: 'Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu; vui lòng thử lại sau giây lát' } });
      const res = await http().post('/api/dossiers').set(as('clerk.tanphuoc')).set('Idempotency-Key', 'key-0005-db-down').send(validSubmission);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ code: 'service_unavailable', message: expect.stringContaining('vui lòng thử lại') });
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
    });
  });

  describe('desk refusals and withdrawals: fields named as the body has them', () => {
    it('400 for a reason of spaces only, naming `reasons` (not intake’s body.reasons.0), in Vietnamese; nothing sent', async () => {
      await stub.answer(RefuseAtDesk, { ok: true, data: {} });
      const body = { procedureCode: '1.001234', applicant: validSubmission.applicant, reasons: ['Không thuộc thẩm quyền của xã', '      '] };
      const res = await http().post('/api/intake-desk/refusals').set(as('clerk.tanphuoc')).set('Idempotency-Key', 'key-0101-refuse').send(body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'invalid_input',
        message: INVALID_INPUT_MESSAGE,
        fields: [{ field: 'reasons', reason: 'Lý do từ chối phải nêu cụ thể (lý do thứ 2 chỉ có khoảng trắng hoặc quá ngắn)' }],
      });
      expect(stub.totalRequests()).toBe(0);
    });

    it('400 for a withdrawal reason too short, naming `reason`; nothing sent', async () => {
      await stub.answer(WithdrawDossier, { ok: true, data: {} });
      const res = await http().post(`/api/intake-desk/dossiers/${CODE}/withdraw`).set(as('clerk.tanphuoc')).set('Idempotency-Key', 'key-0102-withdraw').send({ reason: 'x' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid_input', message: INVALID_INPUT_MESSAGE, fields: [{ field: 'reason', reason: 'phải có từ 2 đến 500 ký tự' }] });
      expect(stub.totalRequests()).toBe(0);
    });
  });

  describe('queries and path parameters', () => {
    it('converts query-string numbers before validating, and names a bad one', async () => {
      await stub.answer(OfficeInbox, { ok: true, data: { items: [], total: 0, page: 2, pageSize: 10 } });
      const ok = await http().get('/api/office/inbox?status=sent&page=2&pageSize=10').set(as('handler.tanhong'));
      expect(ok.status).toBe(200);
      expect(stub.requests(OfficeInbox)[0].body).toEqual({ status: 'sent', page: 2, pageSize: 10, actor: expect.objectContaining({ unitCode: '869' }) });
      const bad = await http().get('/api/office/inbox?page=abc&pageSize=500').set(as('handler.tanhong'));
      expect(bad.status).toBe(400);
      expect(bad.body.fields).toEqual(expect.arrayContaining([{ field: 'page', reason: 'phải là số nguyên' }, { field: 'pageSize', reason: 'không được lớn hơn 200' }]));
      expect(stub.requests(OfficeInbox)).toHaveLength(1);
    });

    it('treats an empty filter as none', async () => {
      await stub.answer(DeskInbox, { ok: true, data: [] });
      expect((await http().get('/api/desk/inbox?status=').set(as('clerk.tanphuoc'))).status).toBe(200);
      expect(stub.requests(DeskInbox)[0].body).toEqual({ actor: expect.any(Object) });
    });

    it('400 naming the path parameter (dossier code, transfer id); nothing sent', async () => {
      const code = await http().get('/api/dossiers/not-a-code/timeline').set(as('clerk.tanphuoc'));
      expect(code.status).toBe(400);
      expect(code.body.fields).toEqual([expect.objectContaining({ field: 'code' })]);
      const id = await http().post('/api/transfers/123/acknowledge').set(as('handler.tanhong')).set('Idempotency-Key', 'key-0006-ack');
      expect(id.status).toBe(400);
      expect(id.body.fields).toEqual([expect.objectContaining({ field: 'id' })]);
      expect(stub.totalRequests()).toBe(0);
    });

    it('acknowledges a transfer by id with the idempotency key', async () => {
      await stub.answer(AcknowledgeTransfer, (req) => ({ ok: true, data: { transferId: req.transferId, status: 'acknowledged' } }));
      const transferId = '3f0c6a1e-2b7d-4e0f-9a51-0d2b8c7e4f11';
      const res = await http().post(`/api/transfers/${transferId}/acknowledge`).set(as('handler.tanhong')).set('Idempotency-Key', 'key-0007-ack');
      expect(res.status).toBe(200);
      expect(stub.requests(AcknowledgeTransfer)[0].body).toEqual({ idempotencyKey: 'key-0007-ack', transferId, actor: expect.objectContaining({ roles: ['office-handler'] }) });
    });

    it('forwards If-Match as the expected version on acknowledge and resolve, and passes relay’s 409 for a stale one through', async () => {
      const transferId = '3f0c6a1e-2b7d-4e0f-9a51-0d2b8c7e4f11';
      const stale = { ok: false as const, error: { status: 409, code: 'stale_version', message: 'Phiếu chuyển vừa được người khác thay đổi (phiên bản 3, bạn đang xem 2); vui lòng tải lại' } };
      await stub.answer(AcknowledgeTransfer, (req) => (req.expectedVersion === 2 ? stale : { ok: true, data: { transferId, status: 'acknowledged', version: 4 } }));
      await stub.answer(ResolveTransfer, (req) => (req.expectedVersion === 2 ? stale : { ok: true, data: { transferId, status: 'resolved', version: 5 } }));
      const ack = (version: string, key: string) => http().post(`/api/transfers/${transferId}/acknowledge`).set(as('handler.tanhong')).set('Idempotency-Key', key).set('If-Match', version);
      const staleAck = await ack('2', 'key-0008-ack');
      expect(staleAck.status).toBe(409);
      expect(staleAck.body).toMatchObject({ code: 'stale_version' });
      expect((await ack('"3"', 'key-0009-ack')).status).toBe(200);
      expect(stub.requests(AcknowledgeTransfer).slice(-2).map((r) => r.body.expectedVersion)).toEqual([2, 3]);
      const badVersion = await ack('latest', 'key-0009-bad');
      expect(badVersion.status).toBe(400);
      expect(badVersion.body).toMatchObject({ code: 'invalid_input', message: INVALID_INPUT_MESSAGE, fields: [{ field: 'If-Match', reason: expect.stringContaining('phiên bản') }] });
      expect(stub.requests(AcknowledgeTransfer)).toHaveLength(2);

      const body = { resultRef: 'GCN-1', summary: 'Cấp' };
      const resolve = (version: string, key: string) => http().post(`/api/transfers/${transferId}/resolve`).set(as('handler.tanhong')).set('Idempotency-Key', key).set('If-Match', version).send(body);
      expect((await resolve('2', 'key-0010-res')).status).toBe(409);
      expect((await resolve('4', 'key-0011-res')).status).toBe(200);
      expect(stub.requests(ResolveTransfer).slice(-2).map((r) => r.body.expectedVersion)).toEqual([2, 4]);
    });
  });

  describe('administration of dead letters', () => {
    it("400 for an unknown service; lists a service's dead letters for a province admin", async () => {
      const unknown = await http().get('/api/admin/dead-letters/payroll').set(as('admin.dongthap'));
      expect(unknown.status).toBe(400);
      expect(unknown.body.fields).toEqual([expect.objectContaining({ field: 'service' })]);
      await stub.answer(deadLetterRpcs('intake').list, { ok: true, data: [] });
      const listed = await http().get('/api/admin/dead-letters/intake?limit=5').set(as('admin.dongthap'));
      expect(listed.status).toBe(200);
      expect(stub.requests(deadLetterRpcs('intake').list)[0].body).toEqual({ limit: 5, actor: expect.objectContaining({ roles: ['province-admin'] }) });
    });

    it("reaches the gateway's own dead-letter handler over NATS (real, not stubbed)", async () => {
      const res = await http().get('/api/admin/dead-letters/gateway').set(as('admin.dongthap'));
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    });
  });

  describe('public status lookup', () => {
    it('needs no login, and answers 429 with Retry-After beyond the per-IP limit', async () => {
      const status = { dossierCode: CODE, procedureName: 'Đăng ký khai sinh', status: 'received', statusText: 'Đã tiếp nhận', receivedAt: '2026-03-02T01:00:00.000Z', appointmentAt: '2026-03-05T01:00:00.000Z', collectAt: null, updatedAt: '2026-03-02T01:00:00.000Z' };
      await stub.answer(DossierStatusRpc, { ok: true, data: status });
      for (let i = 0; i < PUBLIC_LIMIT; i++) {
        expect((await http().post('/api/public/dossier-status').send({ dossierCode: CODE, secondFactor: '5678' })).status).toBe(200);
      }
      const limited = await http().post('/api/public/dossier-status').send({ dossierCode: CODE, secondFactor: '5678' });
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(stub.requests(DossierStatusRpc)).toHaveLength(PUBLIC_LIMIT);
      expect(stub.requests(DossierStatusRpc)[0].body).toEqual({ dossierCode: CODE, secondFactor: '5678' });
    });
  });

  it('serves OpenAPI at /docs and /api/docs with bearer auth', async () => {
    for (const path of ['/docs', '/api/docs']) {
      expect((await http().get(path)).status).toBe(200);
      const doc = await http().get(`${path}-json`);
      expect(doc.status).toBe(200);
      expect(doc.body.components.securitySchemes).toHaveProperty('bearer');
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining(['/api/dossiers', '/api/office/inbox', '/api/public/dossier-status', '/api/public/procedures', '/api/staff', '/api/audit-log']),
      );
    }
  });

  it('answers unknown routes with the error shape, not a 500', async () => {
    const res = await http().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'not_found', correlationId: expect.any(String) });
  });
});
