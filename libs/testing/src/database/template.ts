import { createHash } from 'node:crypto';
import { resolvePostgres } from '../infrastructure/resolve';
import { databaseUrlFor, quoteIdent, markDatabase, readMark, withClient } from './pg-admin';
import { runKey } from './run-key';

export interface MigratedTemplateOptions {
  /**
   * Identifies the schema the migrations produce, e.g. `fingerprintFiles('apps/intake/src/migrations')`.
   * With it the template is kept and reused by later runs until the migrations change. Without it the template
   * belongs to this test run (see `runKey`) and is rebuilt by the next run.
   */
  fingerprint?: string;
  /** Default: the resolved test Postgres. */
  adminUrl?: string;
}

const NAME = /^[a-z][a-z0-9_]{0,40}$/;
const cache = new Map<string, Promise<string>>();

/**
 * A database migrated by `migrate(url)`, to clone with `createTestDatabase({ template })`. Built once per
 * name and fingerprint (or per run): concurrent callers, in this process or others, wait on a Postgres advisory
 * lock while one of them builds it. `migrate` must close its connections before it resolves (leftovers are
 * terminated). Returns the template's database name.
 */
export function createMigratedTemplate(
  name: string,
  migrate: (url: string) => Promise<void>,
  opts: MigratedTemplateOptions = {},
): Promise<string> {
  if (!NAME.test(name)) throw new Error(`template name must match ${NAME}: ${name}`);
  const run = opts.fingerprint === undefined ? runKey() : null;
  const hash = createHash('sha256').update(opts.fingerprint ?? `run:${run}`).digest('hex').slice(0, 10);
  const template = `tpl_${name}_${hash}`;
  const key = `${opts.adminUrl ?? ''}|${template}`;

  let built = cache.get(key);
  if (!built) {
    built = build(template, migrate, run, opts.adminUrl);
    cache.set(key, built);
    built.catch(() => cache.delete(key));
  }
  return built;
}

async function build(template: string, migrate: (url: string) => Promise<void>, run: string | null, adminUrlOpt?: string): Promise<string> {
  const adminUrl = adminUrlOpt ?? (await resolvePostgres()).url;
  return withClient(adminUrl, async (client) => {
    const lockKey = `motcua-template:${template}`;
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [lockKey]);
    try {
      const state = await readMark(client, template);
      if (state.exists && state.mark?.ready) return template;

      const ident = quoteIdent(template);
      if (state.exists) await client.query(`DROP DATABASE ${ident} WITH (FORCE)`); // half-built by a crashed run
      await client.query(`CREATE DATABASE ${ident}`);
      const mark = { kind: 'template' as const, created: Date.now(), run };
      await markDatabase(client, template, { ...mark, ready: false });
      try {
        await migrate(databaseUrlFor(adminUrl, template));
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [template]);
        // Nobody may connect to it any more: a connection would make every clone fail.
        await client.query(`ALTER DATABASE ${ident} ALLOW_CONNECTIONS false`);
        await markDatabase(client, template, { ...mark, ready: true });
      } catch (err) {
        await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`).catch(() => undefined);
        throw err;
      }
      return template;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [lockKey]).catch(() => undefined);
    }
  });
}
