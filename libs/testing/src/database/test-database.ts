import { randomBytes } from 'node:crypto';
import { resolvePostgres } from '../infrastructure/resolve';
import { databaseUrlFor, markDatabase, quoteIdent, withClient } from './pg-admin';
import { runKey } from './run-key';

export interface TestDatabase {
  /** URL of the new database (same server and credentials as the admin URL). */
  url: string;
  name: string;
  /** `DROP DATABASE … WITH (FORCE)`: ends open connections. Safe to call twice. */
  drop(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** Clone this database (see `createMigratedTemplate`); empty database otherwise. */
  template?: string;
  /** Default: the resolved test Postgres (`resolvePostgres()`). */
  adminUrl?: string;
}

const OBJECT_IN_USE = '55006';

/** `CREATE DATABASE t_<random> [TEMPLATE x]`, about 50 ms from a template. */
export async function createTestDatabase(opts: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = opts.adminUrl ?? (await resolvePostgres()).url;
  const name = `t_${randomBytes(6).toString('hex')}`;
  const template = opts.template ? ` TEMPLATE ${quoteIdent(opts.template)}` : '';

  await withClient(adminUrl, async (client) => {
    // Cloning fails while anyone is connected to the template; a moment later it usually works.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(name)}${template}`);
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== OBJECT_IN_USE || attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
    await markDatabase(client, name, { kind: 'db', created: Date.now(), run: runKey() });
  });

  let dropped: Promise<void> | undefined;
  return {
    url: databaseUrlFor(adminUrl, name),
    name,
    drop: () =>
      (dropped ??= withClient(adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      })),
  };
}
