import { DossierStatusRpc, PublicCatalogue, type PublicProcedure } from '@motcua/contracts';
import { GatewayHarness } from './support/gateway-harness';

const CODE = '000.72.69.H20-260302-0001';
const FAILURES_PER_CODE = 3;

const status = {
  dossierCode: CODE,
  procedureName: 'Đăng ký thành lập hộ kinh doanh',
  status: 'in-progress',
  statusText: 'Hồ sơ đang được giải quyết.',
  receivedAt: '2026-03-02T01:00:00.000Z',
  appointmentAt: '2026-03-05T08:00:00.000Z',
  collectAt: 'Bộ phận Một cửa xã Tân Phước',
  updatedAt: '2026-03-03T02:30:00.000Z',
};

const procedure: PublicProcedure = {
  code: '1.001612',
  name: 'Đăng ký thành lập hộ kinh doanh',
  field: 'Thành lập và hoạt động của hộ kinh doanh',
  timeLimit: { value: 3, unit: 'working-days' },
  documents: [{ name: 'Giấy đề nghị đăng ký hộ kinh doanh', form: 'original', count: 1 }],
  fees: [{ channel: 'counter', amountVnd: 100000 }],
  whereToSubmit: 'Bộ phận Một cửa cấp huyện',
};

describe('public endpoints (no login)', () => {
  let gw: GatewayHarness;
  beforeAll(async () => {
    gw = await GatewayHarness.start({ PUBLIC_LOOKUP_PER_MINUTE: '1000', PUBLIC_LOOKUP_FAILURES_PER_CODE: String(FAILURES_PER_CODE) });
  });
  afterEach(() => gw.stub.reset());
  afterAll(() => gw?.close());

  const lookUp = (body: object) => gw.http().post('/api/public/dossier-status').send(body);

  describe('dossier status by code and second factor', () => {
    it('forwards code and factor, and answers only the public fields, whatever tracking adds', async () => {
      await gw.stub.answer(DossierStatusRpc, { ok: true, data: { ...status, applicantName: 'Nguyễn Thị Hồng', phone: '0912345678' } });
      const res = await lookUp({ dossierCode: CODE, secondFactor: '5678' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(status);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(gw.stub.requests(DossierStatusRpc)[0].body).toEqual({ dossierCode: CODE, secondFactor: '5678' });
    });

    it('tells the citizen a withdrawn dossier was withdrawn at their request, in tracking’s words', async () => {
      const withdrawn = { ...status, status: 'withdrawn', statusText: 'Đã rút hồ sơ theo yêu cầu của công dân; hồ sơ dừng giải quyết.' };
      await gw.stub.answer(DossierStatusRpc, { ok: true, data: withdrawn });
      const res = await lookUp({ dossierCode: CODE, secondFactor: '5678' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(withdrawn);
    });

    it('gives "no such dossier" and "wrong factor" exactly the same answer', async () => {
      await gw.stub.answer(DossierStatusRpc, (req) =>
        req.dossierCode === CODE
          ? { ok: false, error: { status: 404, code: 'not_found', message: 'second factor does not match' } }
          : { ok: false, error: { status: 404, code: 'not_found', message: 'Không tìm thấy hồ sơ' } },
      );
      const wrongFactor = await lookUp({ dossierCode: CODE, secondFactor: '0000' });
      const unknown = await lookUp({ dossierCode: '000.72.69.H20-991231-9999', secondFactor: '0000' });
      const strip = ({ correlationId: _c, ...rest }: Record<string, unknown>) => rest;
      expect(wrongFactor.status).toBe(404);
      expect(strip(wrongFactor.body)).toEqual(strip(unknown.body));
      expect(strip(wrongFactor.body)).toEqual({ statusCode: 404, code: 'dossier_not_found', message: expect.stringContaining('4 số cuối') });
      expect(Object.keys(wrongFactor.headers).sort()).toEqual(Object.keys(unknown.headers).sort());
    });

    it('locks a dossier code after repeated failures, from any address; successes and outages do not count', async () => {
      const code = '000.72.69.H20-260302-0042';
      const factorOk = '1234';
      await gw.stub.answer(DossierStatusRpc, (req) =>
        req.secondFactor === factorOk ? { ok: true, data: { ...status, dossierCode: req.dossierCode } } : { ok: false, error: { status: 404, code: 'not_found', message: 'x' } },
      );
      for (let i = 0; i < 5; i++) expect((await lookUp({ dossierCode: code, secondFactor: '1234' })).status).toBe(200);
      for (let i = 0; i < FAILURES_PER_CODE; i++) expect((await lookUp({ dossierCode: code, secondFactor: String(1000 + i) })).status).toBe(404);
      const locked = await lookUp({ dossierCode: code, secondFactor: '1234' });
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('lookup_locked');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(3000);
      expect(gw.stub.requests(DossierStatusRpc)).toHaveLength(5 + FAILURES_PER_CODE);
      // Another code is not affected, and its success writes nothing at all.
      const other = '000.72.69.H20-260302-0043';
      expect((await lookUp({ dossierCode: other, secondFactor: '1234' })).status).toBe(200);
      expect(await gw.sql(`SELECT failures FROM identity.public_lookup_attempts WHERE dossier_code = $1`, [other])).toEqual([]);
    });

    it('lets parallel guesses of one code through one at a time: never more answered than the limit', async () => {
      const code = '000.72.69.H20-260302-0099';
      await gw.stub.answer(DossierStatusRpc, (req) =>
        req.secondFactor === '9999' ? { ok: true, data: { ...status, dossierCode: code } } : { ok: false, error: { status: 404, code: 'not_found', message: 'x' } },
      );
      // 20 guesses at once, the right one last: the code locks after FAILURES_PER_CODE wrong ones.
      const guesses = Array.from({ length: 20 }, (_, i) => String(1000 + i)).concat('9999');
      const answers = await Promise.all(guesses.map((f) => lookUp({ dossierCode: code, secondFactor: f }).then((r) => r.status)));
      expect(answers.filter((s) => s === 404)).toHaveLength(FAILURES_PER_CODE);
      expect(answers.filter((s) => s === 429)).toHaveLength(guesses.length - FAILURES_PER_CODE);
      expect(gw.stub.requests(DossierStatusRpc)).toHaveLength(FAILURES_PER_CODE);
    });

    it('does not count an outage of tracking as a wrong guess', async () => {
      const code = '000.72.69.H20-260302-0077';
      await gw.stub.answer(DossierStatusRpc, { ok: false, error: { status: 503, code: 'service_unavailable', message: 'down' } });
      for (let i = 0; i < FAILURES_PER_CODE + 2; i++) expect((await lookUp({ dossierCode: code, secondFactor: '1234' })).status).toBe(503);
      expect(await gw.sql(`SELECT failures FROM identity.public_lookup_attempts WHERE dossier_code = $1`, [code])).toEqual([]);
    });

    it('requires the second factor, names the fields, sends nothing, and is not audited', async () => {
      await gw.stub.answer(DossierStatusRpc, { ok: true, data: status });
      const missing = await lookUp({ dossierCode: CODE });
      expect(missing.status).toBe(400);
      expect(missing.body.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['secondFactor']));
      expect(missing.body.fields.every((f: { field: string }) => f.field === 'secondFactor')).toBe(true);
      const bad = await lookUp({ dossierCode: 'abc', secondFactor: '12a4', phone: '0912345678' });
      expect([...new Set(bad.body.fields.map((f: { field: string }) => f.field))].sort()).toEqual(['dossierCode', 'phone', 'secondFactor']);
      expect((await gw.http().get(`/api/public/dossiers/${CODE}`)).status).toBe(404); // the factor-less lookup is gone
      expect(gw.stub.totalRequests()).toBe(0);
      expect(await gw.sql(`SELECT 1 FROM identity.audit_log WHERE action LIKE '%public%'`)).toEqual([]);
    });
  });

  describe('procedure catalogue', () => {
    it('forwards the filters and answers the catalogue fields, cacheable', async () => {
      await gw.stub.answer(PublicCatalogue, { ok: true, data: [{ ...procedure, internalNote: 'x', documents: [{ ...procedure.documents[0], code: 'giay-de-nghi' }] }] });
      const res = await gw.http().get('/api/public/procedures?search=h%E1%BB%99%20kinh%20doanh&unitCode=29972');
      expect(res.status).toBe(200);
      expect(res.body).toEqual([procedure]);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(gw.stub.requests(PublicCatalogue)[0].body).toEqual({ search: 'hộ kinh doanh', unitCode: '29972' });
    });

    it('400 naming an unknown or invalid parameter; 503 when routing is silent', async () => {
      await gw.stub.answer(PublicCatalogue, 'silent');
      const bad = await gw.http().get(`/api/public/procedures?field=${'x'.repeat(101)}&sort=name`);
      expect(bad.status).toBe(400);
      expect([...new Set(bad.body.fields.map((f: { field: string }) => f.field))].sort()).toEqual(['field', 'sort']);
      expect(gw.stub.totalRequests()).toBe(0);
      const down = await gw.http().get('/api/public/procedures');
      expect(down.status).toBe(503);
      expect(down.body.message).toContain('routing');
    });
  });
});
