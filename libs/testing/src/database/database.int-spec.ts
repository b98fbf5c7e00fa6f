import { randomBytes } from 'node:crypto';
import { resolvePostgres } from '../infrastructure/resolve';
import { quoteIdent, withClient } from './pg-admin';
import { runKey } from './run-key';
import { sweepTestDatabases } from './sweep';
import { createMigratedTemplate } from './template';
import { createTestDatabase } from './test-database';

const exists = (adminUrl: string, name: string): Promise<boolean> =>
  withClient(adminUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);

describe('test databases from a migrated template', () => {
  let adminUrl: string;
  const fingerprint = `harness-test-${randomBytes(4).toString('hex')}`;
  let keptTemplate: string | undefined;

  beforeAll(async () => {
    adminUrl = (await resolvePostgres()).url;
  });

  afterAll(async () => {
    if (keptTemplate) await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(keptTemplate!)} WITH (FORCE)`));
  });

  it('builds the template once for concurrent callers, even in other processes', async () => {
    let migrations = 0;
    const migrate = async (url: string): Promise<void> => {
      migrations++;
      await new Promise((r) => setTimeout(r, 200)); // long enough for the other caller to queue on the lock
      await withClient(url, (c) =>
        c.query('CREATE SCHEMA intake; CREATE TABLE intake.dossier (code text PRIMARY KEY); INSERT INTO intake.dossier VALUES ($$000.00.01.H01-260101-0001$$)'),
      );
    };
    // A different admin URL string bypasses the in-process cache, as another process would.
    const otherProcessUrl = `${adminUrl}${adminUrl.includes('?') ? '&' : '?'}application_name=other`;
    const [a, b] = await Promise.all([
      createMigratedTemplate('harness', migrate, { fingerprint, adminUrl }),
      createMigratedTemplate('harness', migrate, { fingerprint, adminUrl: otherProcessUrl }),
    ]);
    keptTemplate = a;
    expect(b).toBe(a);
    expect(a).toMatch(/^tpl_harness_[0-9a-f]{10}$/);
    expect(migrations).toBe(1);
    expect(await createMigratedTemplate('harness', migrate, { fingerprint, adminUrl })).toBe(a);
    expect(migrations).toBe(1);
  });

  it('clones the template into a fresh database and drops it', async () => {
    const db = await createTestDatabase({ template: keptTemplate, adminUrl });
    expect(db.name).toMatch(/^t_[0-9a-f]{12}$/);
    const rows = await withClient(db.url, async (c) => (await c.query('SELECT code FROM intake.dossier')).rows);
    expect(rows).toEqual([{ code: '000.00.01.H01-260101-0001' }]);

    // Writes stay in the clone.
    await withClient(db.url, (c) => c.query(`INSERT INTO intake.dossier VALUES ('x')`));
    const other = await createTestDatabase({ template: keptTemplate, adminUrl });
    expect(await withClient(other.url, async (c) => (await c.query('SELECT count(*)::int AS n FROM intake.dossier')).rows[0].n)).toBe(1);

    await db.drop();
    await other.drop();
    await db.drop(); // twice is fine
    expect(await exists(adminUrl, db.name)).toBe(false);
    expect(await exists(adminUrl, other.name)).toBe(false);
  });

  it('drops a database even while a client is still connected', async () => {
    const db = await createTestDatabase({ adminUrl });
    await withClient(db.url, async () => {
      await db.drop();
    });
    expect(await exists(adminUrl, db.name)).toBe(false);
  });

  it('sweeps the run-scoped templates of a run, and leaves other databases alone', async () => {
    const template = await createMigratedTemplate('harnessrun', async (url) => void (await withClient(url, (c) => c.query('CREATE TABLE t (x int)'))), {
      adminUrl,
    });
    const db = await createTestDatabase({ template, adminUrl });
    const dropped = await sweepTestDatabases({ adminUrl, run: runKey() });
    expect(dropped).toEqual(expect.arrayContaining([template, db.name]));
    expect(dropped).not.toContain(keptTemplate);
    expect(await exists(adminUrl, template)).toBe(false);
    expect(await exists(adminUrl, 'postgres')).toBe(true);
  });
});
