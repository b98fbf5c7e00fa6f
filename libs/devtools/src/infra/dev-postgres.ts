// Postgres for `npm start`: DATABASE_URL → a server on 127.0.0.1:5432 (database `motcua`, created if missing)
// → the embedded Postgres on 127.0.0.1:5433 with data in .data/postgres → a clear message.
import { userInfo } from 'node:os';
import path from 'node:path';
import { databaseUrlFor, probePostgres, redactUrl } from '@motcua/testing';
import { ensureDatabase } from './ensure-database';
import { startEmbeddedPostgres } from './embedded-postgres';
import { notOurs, type DevResource } from './resource';

export const DEV_DATABASE = 'motcua';
export const EMBEDDED_PG_PORT = 5433;

export async function resolveDevPostgres(root: string, say: (m: string) => void): Promise<DevResource> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    await ensureDatabase(fromEnv).catch((err: Error) => {
      throw new Error(`DATABASE_URL=${redactUrl(fromEnv)} does not answer (${err.message}). Fix or unset it.`);
    });
    return { url: fromEnv, description: 'DATABASE_URL', stop: notOurs };
  }

  const tried: string[] = [];
  const users = [...new Set(['postgres', userInfo().username])];
  for (const user of users) {
    const admin = `postgres://${user}@127.0.0.1:5432/postgres`;
    const probe = await probePostgres(admin, 1500);
    if (probe.ok) {
      const url = databaseUrlFor(admin, DEV_DATABASE);
      await ensureDatabase(url);
      return { url, description: 'local server on 127.0.0.1:5432', stop: notOurs };
    }
    tried.push(`${admin}: ${probe.reason}`);
  }

  const embeddedAdmin = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PG_PORT}/postgres`;
  if ((await probePostgres(embeddedAdmin, 1500)).ok) {
    const url = databaseUrlFor(embeddedAdmin, DEV_DATABASE);
    await ensureDatabase(url);
    return { url, description: `already running on 127.0.0.1:${EMBEDDED_PG_PORT} (left by an earlier run?)`, stop: notOurs };
  }

  say(`no Postgres on 127.0.0.1:5432; starting the embedded one on port ${EMBEDDED_PG_PORT}`);
  try {
    const pg = await startEmbeddedPostgres(path.join(root, '.data', 'postgres'), EMBEDDED_PG_PORT);
    const url = databaseUrlFor(pg.url, DEV_DATABASE);
    await ensureDatabase(url).catch(async (err) => {
      await pg.stop();
      throw err;
    });
    return { ...pg, url };
  } catch (err) {
    tried.push(`embedded Postgres: ${(err as Error).message}`);
  }
  throw new Error(
    `No Postgres. Tried:\n  - ${tried.join('\n  - ')}\n` +
      'Start one (`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or ' +
      '`docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:15`), or set DATABASE_URL.',
  );
}
