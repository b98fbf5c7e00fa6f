import { hostname } from 'node:os';
import { resolvePostgres } from '../infrastructure/resolve';
import { parseMark, quoteIdent, withClient, MARK_PREFIX } from './pg-admin';

export interface SweepOptions {
  adminUrl?: string;
  /** Drop test databases and run-scoped templates older than this. Default 6 hours. */
  olderThanMs?: number;
  /** Also drop, whatever their age, the run-scoped templates and databases of this run key. (Those of test
   * processes of this machine that have exited are always dropped.) */
  run?: string;
}

/** A run key of a process (`host:pid:start`, see runKey) on this machine that no longer exists. */
export function isOrphanedProcessKey(run: string | null): boolean {
  const m = run?.match(/^(.+):(\d+):(\d+)$/);
  if (!m || m[1] !== hostname()) return false;
  try {
    process.kill(Number(m[2]), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Drops what crashed or killed test runs left behind on a shared server: databases the harness created
 * (marked by a comment), never anything else. Kept templates (with a fingerprint) are left alone.
 * Returns the dropped names.
 */
export async function sweepTestDatabases(opts: SweepOptions = {}): Promise<string[]> {
  const adminUrl = opts.adminUrl ?? (await resolvePostgres()).url;
  const cutoff = Date.now() - (opts.olderThanMs ?? 6 * 3600_000);
  return withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string; c: string }>(
      `SELECT datname, shobj_description(oid, 'pg_database') AS c FROM pg_database
        WHERE (datname LIKE 't\\_%' OR datname LIKE 'tpl\\_%') AND shobj_description(oid, 'pg_database') LIKE $1`,
      [`${MARK_PREFIX}%`],
    );
    const dropped: string[] = [];
    for (const row of rows) {
      const mark = parseMark(row.c);
      if (!mark) continue;
      const kept = mark.kind === 'template' && mark.run === null;
      const mine = opts.run !== undefined && mark.run === opts.run;
      if (kept || !(mine || mark.created < cutoff || isOrphanedProcessKey(mark.run))) continue;
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(row.datname)} WITH (FORCE)`);
      dropped.push(row.datname);
    }
    return dropped;
  });
}
