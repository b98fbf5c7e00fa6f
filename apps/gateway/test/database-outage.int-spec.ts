import { Client, type Pool } from 'pg';
import { createServer } from 'node:net';
import { DATABASE_UNAVAILABLE_MESSAGE } from '@motcua/persistence';
import { GatewayHarness, UNITS } from './support/gateway-harness';

/** A port nobody listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Postgres restarting under the gateway (the fault drills of apps/bench): its pool loses every connection and new
 * ones are refused. The client gets a 503 service_unavailable with Retry-After and a Vietnamese message, never a 500,
 * and the gateway serves again once Postgres is back.
 */
describe('the gateway while its database is away', () => {
  let gw: GatewayHarness;
  let pool: Pool & { options: { connectionString?: string; port?: number } };

  /** Ends every connection of the gateway's database, as a restart of Postgres does, and waits for the pool to notice. */
  const dropConnections = async () => {
    const admin = new Client({ connectionString: pool.options.connectionString });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    await admin.end();
    for (let i = 0; i < 200 && pool.totalCount > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  beforeAll(async () => {
    gw = await GatewayHarness.start();
    pool = (gw.running.dataSource.driver as unknown as { master: typeof pool }).master;
  });
  afterAll(() => gw?.close());

  it('answers 503 service_unavailable with Retry-After while Postgres refuses connections, and serves again after', async () => {
    const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
    const real = { connectionString: pool.options.connectionString!, port: pool.options.port };
    await dropConnections();
    const down = await closedPort();
    const url = new URL(real.connectionString);
    url.port = String(down);
    Object.assign(pool.options, { connectionString: url.toString(), port: down });
    try {
      const res = await gw.login(account.username, account.password);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ statusCode: 503, code: 'service_unavailable', message: DATABASE_UNAVAILABLE_MESSAGE, correlationId: expect.any(String) });
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      Object.assign(pool.options, real);
    }
    expect((await gw.login(account.username, account.password)).status).toBe(200);
  });

  it('serves again after its connections were terminated (57P01): the pool reconnects', async () => {
    const account = await gw.createAccount(UNITS.commune, ['desk-clerk']);
    await dropConnections();
    expect((await gw.login(account.username, account.password)).status).toBe(200);
  });
});
