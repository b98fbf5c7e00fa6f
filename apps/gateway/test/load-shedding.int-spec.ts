import { DossierStatusRpc, GetDossier } from '@motcua/contracts';
import { GatewayHarness, TEST_PASSWORD, UNITS } from './support/gateway-harness';

const MAX = 3;
const MAX_PUBLIC = 2;
const code = (i: number) => `000.72.69.H20-260302-${String(1 + i).padStart(4, '0')}`;

const dossier = { dossierCode: code(0), status: 'in-progress' };
const status = {
  dossierCode: code(0),
  procedureName: 'Đăng ký thành lập hộ kinh doanh',
  status: 'in-progress',
  statusText: 'Hồ sơ đang được giải quyết.',
  receivedAt: '2026-03-02T01:00:00.000Z',
  appointmentAt: '2026-03-05T08:00:00.000Z',
  collectAt: null,
  updatedAt: '2026-03-03T02:30:00.000Z',
};

/**
 * Load shedding (GATEWAY_MAX_IN_FLIGHT, GATEWAY_MAX_IN_FLIGHT_PUBLIC): with the services' answers held, the request
 * beyond the cap is refused while the others still wait — not after the RPC timeout, set far beyond the test here.
 */
describe('load shedding: calls in flight per service and on the public lane', () => {
  let gw: GatewayHarness;
  beforeAll(async () => {
    gw = await GatewayHarness.start({
      GATEWAY_MAX_IN_FLIGHT: String(MAX),
      GATEWAY_MAX_IN_FLIGHT_PUBLIC: String(MAX_PUBLIC),
      GATEWAY_RPC_TIMEOUT_MS: '120000',
      PUBLIC_LOOKUP_PER_MINUTE: '1000',
    });
  });
  afterEach(() => gw.stub.reset());
  afterAll(() => gw?.close());

  const expectOverloaded = (res: { status: number; body: any; headers: Record<string, string> }) => {
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ statusCode: 503, code: 'overloaded', message: expect.stringContaining('vui lòng thử lại sau 2 giây') });
    expect(res.headers['retry-after']).toBe('2');
  };

  it('answers the request beyond the cap 503 overloaded while the first ones wait, sends it nowhere, and completes the first ones', async () => {
    const { account, auth } = await gw.asNew(UNITS.commune, ['desk-clerk']);
    const held = await gw.stub.hold(GetDossier, { ok: true, data: dossier });
    const first = Array.from({ length: MAX }, (_, i) => gw.http().get(`/api/dossiers/${code(i)}`).set(auth).then((r) => r));
    await held.waitFor(MAX);

    expectOverloaded(await gw.http().get(`/api/dossiers/${code(MAX)}`).set(auth));
    expect(gw.stub.requests(GetDossier)).toHaveLength(MAX);
    // What never calls a service is never shed: health, login.
    expect((await gw.http().get('/health/live')).status).toBe(200);
    expect((await gw.login(account.username, TEST_PASSWORD)).status).toBe(200);

    held.release();
    expect((await Promise.all(first)).map((r) => r.status)).toEqual(Array(MAX).fill(200));
    // The slots came back.
    expect((await gw.http().get(`/api/dossiers/${code(MAX)}`).set(auth)).status).toBe(200);
  });

  it('holds the public endpoints to their own, smaller cap, leaving the service to the desks', async () => {
    const held = await gw.stub.hold(DossierStatusRpc, { ok: true, data: status });
    const lookUp = (i: number) => gw.http().post('/api/public/dossier-status').send({ dossierCode: code(i), secondFactor: '5678' });
    const first = Array.from({ length: MAX_PUBLIC }, (_, i) => lookUp(i).then((r) => r));
    await held.waitFor(MAX_PUBLIC);

    expectOverloaded(await lookUp(MAX_PUBLIC));
    expect(gw.stub.requests(DossierStatusRpc)).toHaveLength(MAX_PUBLIC);
    // tracking has MAX_PUBLIC of MAX calls in flight: a staff request to it still goes through.
    await gw.stub.answer(GetDossier, { ok: true, data: dossier });
    const { auth } = await gw.asNew(UNITS.commune, ['desk-clerk']);
    expect((await gw.http().get(`/api/dossiers/${code(0)}`).set(auth)).status).toBe(200);

    held.release();
    const answers = await Promise.all(first);
    expect(answers.map((r) => r.status)).toEqual(Array(MAX_PUBLIC).fill(200));
    expect((await lookUp(MAX_PUBLIC)).status).toBe(200);
  });
});
