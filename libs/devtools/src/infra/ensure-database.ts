import { databaseUrlFor, quoteIdent, withClient } from '@motcua/testing';

const DUPLICATE_DATABASE = '42P04';

/**
 * Makes sure the database named in `url` exists: looks it up through the server's `postgres` database and
 * creates it if missing. A role that cannot use `postgres` just gets its own database checked.
 */
export async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const created = await withClient(databaseUrlFor(url, 'postgres'), async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await c.query(`CREATE DATABASE ${quoteIdent(name)}`).catch((e: { code?: string }) => {
        if (e.code !== DUPLICATE_DATABASE) throw e; // created meanwhile
      });
    }
    return true;
  }).catch(() => false);
  if (!created) await withClient(url, async (c) => void (await c.query('SELECT 1')));
}
