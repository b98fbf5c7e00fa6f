import { Client } from 'pg';

/** `"name"` with inner quotes doubled. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The same server and credentials as `url`, another database. */
export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** Runs `fn` with a connected client, always closed afterwards. */
export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Comment written on every database the harness creates; `sweepTestDatabases` relies on it. */
export interface TestDbMark {
  kind: 'db' | 'template';
  created: number;
  /** Run key for run-scoped templates and databases; null for fingerprinted templates. */
  run: string | null;
  ready?: boolean;
}

export const MARK_PREFIX = 'motcua-test ';

export async function markDatabase(client: Client, name: string, mark: TestDbMark): Promise<void> {
  const text = MARK_PREFIX + JSON.stringify(mark);
  await client.query(`COMMENT ON DATABASE ${quoteIdent(name)} IS ${client.escapeLiteral(text)}`);
}

export function parseMark(comment: string | null | undefined): TestDbMark | undefined {
  if (!comment?.startsWith(MARK_PREFIX)) return undefined;
  try {
    return JSON.parse(comment.slice(MARK_PREFIX.length)) as TestDbMark;
  } catch {
    return undefined;
  }
}

export async function readMark(client: Client, name: string): Promise<{ exists: boolean; mark?: TestDbMark }> {
  const { rows } = await client.query<{ c: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS c FROM pg_database WHERE datname = $1`,
    [name],
  );
  if (rows.length === 0) return { exists: false };
  return { exists: true, mark: parseMark(rows[0].c) };
}
