import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, probePostgres } from '@motcua/testing';
import { onExit, type TmpDir } from './cleanup';

/**
 * A Postgres of our own, on a free loopback port, data in a temporary directory: the drills restart it (and the
 * benchmark loads it) without touching the shared server on 5432. Runs the machine's PostgreSQL binaries
 * (`initdb`, `pg_ctl`; PG_BIN overrides the directory); as root it runs them as the `postgres` user, who then
 * owns the directory. Trust authentication is acceptable only because it listens on 127.0.0.1 alone and lives
 * for one run.
 */
export interface PrivatePostgres {
  /** Admin URL (database `postgres`). */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly binDir: string;
  /** URL of another database on this server. */
  urlFor(database: string): string;
  /** `pg_ctl stop -m immediate`: every backend killed, crash recovery at the next start (a crash, not a shutdown). */
  crash(): Promise<void>;
  /** `pg_ctl start -w`. */
  start(): Promise<void>;
  /** Fast shutdown; used at the end. */
  stop(): Promise<void>;
  /** Path of a binary of the same installation (pgbench, psql). */
  bin(name: string): string;
}

export interface PrivatePostgresOptions {
  port: number;
  dir: TmpDir;
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string | number>;
}

/** The newest /usr/lib/postgresql/<n>/bin, `pg_config --bindir`, or PG_BIN. */
export function findPostgresBinaries(env: NodeJS.ProcessEnv = process.env): string {
  const candidates: string[] = [];
  if (env.PG_BIN) candidates.push(env.PG_BIN);
  try {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  } catch {
    // not a Debian-style installation
  }
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config on PATH
  }
  const found = candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error('no PostgreSQL server binaries found (initdb, pg_ctl): install PostgreSQL or set PG_BIN to their directory');
  }
  return found;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

function postgresUser(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root and there is no `postgres` user to run a private Postgres as');
  }
}

function run(binary: string, args: string[], as: RunAs, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...as, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${path.basename(binary)} ${args.join(' ')} failed (${signal ?? code}):\n${out.trim().slice(-2000)}`));
    });
  });
}

/** Starts it on `opts.port`; when that port was taken meanwhile, on another free one (up to 3 tries). */
export async function startPrivatePostgres(opts: PrivatePostgresOptions): Promise<PrivatePostgres> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce({ ...opts, port: attempt === 1 ? opts.port : await freePort() }, attempt);
    } catch (err) {
      if (attempt >= 3 || !/could not bind|already in use|could not create any TCP\/IP sockets/i.test((err as Error).message)) throw err;
    }
  }
}

async function startOnce(opts: PrivatePostgresOptions, attempt: number): Promise<PrivatePostgres> {
  const binDir = findPostgresBinaries();
  const as = postgresUser();
  const base = opts.dir.path;
  if (as.uid !== undefined) chownSync(base, as.uid, as.gid!);
  const dataDir = path.join(base, `pgdata-${attempt}`);
  const logFile = path.join(base, `postgres-${attempt}.log`);
  const bin = (name: string): string => path.join(binDir, name);

  await run(bin('initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], as, 120_000);
  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    port: opts.port,
    unix_socket_directories: '',
    max_connections: 300,
    shared_buffers: '256MB',
    ...opts.settings,
  };
  // postgresql.auto.conf is read last: our settings win over initdb's defaults.
  writeFileSync(
    path.join(dataDir, 'postgresql.auto.conf'),
    Object.entries(settings)
      .map(([k, v]) => `${k} = '${v}'`)
      .join('\n') + '\n',
  );
  if (as.uid !== undefined) chownSync(path.join(dataDir, 'postgresql.auto.conf'), as.uid, as.gid!);

  const url = `postgres://postgres@127.0.0.1:${opts.port}/postgres`;
  const waitAnswering = async (): Promise<void> => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const probe = await probePostgres(url, 1000);
      if (probe.ok) return;
      if (Date.now() > deadline) throw new Error(`private Postgres on ${opts.port} does not answer: ${probe.reason}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  let running = false;
  const pgctl = (args: string[]): Promise<string> => run(bin('pg_ctl'), ['-D', dataDir, ...args], as);
  const start = async (): Promise<void> => {
    try {
      await pgctl(['-l', logFile, '-w', '-t', '60', 'start']);
    } catch (err) {
      let log = '';
      try {
        log = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
      } catch {
        // no log yet
      }
      throw new Error(`${(err as Error).message}\n${log}`);
    }
    running = true;
    await waitAnswering();
  };
  const stopWith = async (mode: 'fast' | 'immediate'): Promise<void> => {
    if (!running) return;
    await pgctl(['-m', mode, '-w', '-t', '60', 'stop']);
    running = false;
  };

  // If we die before stopping it, a synchronous immediate stop is all 'exit' allows.
  onExit(() => {
    if (!running) return;
    try {
      execFileSync(bin('pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], { ...as, stdio: 'ignore', timeout: 20_000 });
    } catch {
      // nothing more we can do
    }
  });

  await start();
  return {
    url,
    port: opts.port,
    dataDir,
    binDir,
    urlFor: (database) => `postgres://postgres@127.0.0.1:${opts.port}/${database}`,
    crash: () => stopWith('immediate'),
    start,
    stop: () => stopWith('fast'),
    bin,
  };
}
