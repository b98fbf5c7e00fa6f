// Where tests find Postgres and NATS (ENGINEERING.md, "Test harness"), first that answers wins:
//   1. explicit environment: TEST_DATABASE_URL or DATABASE_URL; TEST_NATS_URL or NATS_URL
//      (set but not answering is an error, never a fallback);
//   2. a container runtime through testcontainers (skipped with MOTCUA_TEST_CONTAINERS=0);
//   3. the local defaults 127.0.0.1:5432 and 127.0.0.1:4222;
//   4. otherwise an Error that says what to start. Never a silent skip.
import { probeContainerRuntime, startNatsContainer, startPostgresContainer } from './containers';
import { probeJetStream } from './probe-nats';
import { probePostgres, describeError, type ProbeResult } from './probe-postgres';

export type InfraSource = 'env' | 'container' | 'local';

export interface ResolvedUrl {
  url: string;
  source: InfraSource;
}

export interface Infrastructure {
  /** Admin URL: a role allowed to CREATE DATABASE, normally on the `postgres` database. */
  databaseUrl: string;
  natsUrl: string;
  sources: { database: InfraSource; nats: InfraSource };
}

export interface ResolveOptions {
  env?: NodeJS.ProcessEnv;
  /** Default: true unless MOTCUA_TEST_CONTAINERS=0. */
  useContainers?: boolean;
  probeTimeoutMs?: number;
  localDatabaseUrl?: string;
  localNatsUrl?: string;
}

/** The I/O the resolver does; tests replace it. */
export interface ResolveDeps {
  probePostgres(url: string, timeoutMs: number): Promise<ProbeResult>;
  probeJetStream(url: string, timeoutMs: number): Promise<ProbeResult>;
  probeContainerRuntime(timeoutMs: number): Promise<ProbeResult>;
  startPostgresContainer(): Promise<string>;
  startNatsContainer(): Promise<string>;
}

export const LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const LOCAL_NATS_URL = 'nats://127.0.0.1:4222';

const realDeps: ResolveDeps = {
  probePostgres,
  probeJetStream,
  probeContainerRuntime,
  startPostgresContainer,
  startNatsContainer,
};

interface Kind {
  what: string;
  envNames: readonly string[];
  localUrl: string;
  probe(deps: ResolveDeps, url: string, timeoutMs: number): Promise<ProbeResult>;
  startContainer(deps: ResolveDeps): Promise<string>;
  howToStart: string;
}

const POSTGRES: Kind = {
  what: 'Postgres',
  envNames: ['TEST_DATABASE_URL', 'DATABASE_URL'],
  localUrl: LOCAL_DATABASE_URL,
  probe: (d, url, t) => d.probePostgres(url, t),
  startContainer: (d) => d.startPostgresContainer(),
  howToStart:
    'start one: `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or ' +
    '`docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:15`, or set TEST_DATABASE_URL',
};

const NATS: Kind = {
  what: 'NATS with JetStream',
  envNames: ['TEST_NATS_URL', 'NATS_URL'],
  localUrl: LOCAL_NATS_URL,
  probe: (d, url, t) => d.probeJetStream(url, t),
  startContainer: (d) => d.startNatsContainer(),
  howToStart:
    'start one: `nats-server -js -a 127.0.0.1 -p 4222 -sd /tmp/nats` (see ENGINEERING.md), or ' +
    '`docker run -d -p 4222:4222 nats:2.10 -js`, or set TEST_NATS_URL',
};

/** Hides the password in a URL, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

async function resolveOne(kind: Kind, opts: ResolveOptions, deps: ResolveDeps, runtime: () => Promise<ProbeResult>): Promise<ResolvedUrl> {
  const env = opts.env ?? process.env;
  const timeoutMs = opts.probeTimeoutMs ?? 2000;
  const tried: string[] = [];

  const envName = kind.envNames.find((n) => env[n]);
  if (envName) {
    const url = env[envName] as string;
    const probe = await kind.probe(deps, url, timeoutMs);
    if (probe.ok) return { url, source: 'env' };
    throw new Error(`${kind.what}: ${envName}=${redactUrl(url)} does not answer (${probe.reason}). Fix or unset it.`);
  }
  tried.push(`${kind.envNames.join(' / ')}: not set`);

  const useContainers = opts.useContainers ?? env.MOTCUA_TEST_CONTAINERS !== '0';
  if (useContainers) {
    const rt = await runtime();
    if (rt.ok) {
      try {
        const url = await kind.startContainer(deps);
        return { url, source: 'container' };
      } catch (err) {
        tried.push(`container: runtime found but the container did not start (${describeError(err)})`);
      }
    } else {
      tried.push(`container runtime: none (${rt.reason})`);
    }
  } else {
    tried.push('container runtime: disabled by MOTCUA_TEST_CONTAINERS=0');
  }

  const localUrl = kind === POSTGRES ? (opts.localDatabaseUrl ?? kind.localUrl) : (opts.localNatsUrl ?? kind.localUrl);
  const local = await kind.probe(deps, localUrl, timeoutMs);
  if (local.ok) return { url: localUrl, source: 'local' };
  tried.push(`${redactUrl(localUrl)}: ${local.reason}`);

  throw new Error(`No ${kind.what} for tests. Tried:\n  - ${tried.join('\n  - ')}\nTo fix, ${kind.howToStart}.`);
}

function runtimeProbe(deps: ResolveDeps, timeoutMs: number): () => Promise<ProbeResult> {
  let once: Promise<ProbeResult> | undefined;
  return () => (once ??= deps.probeContainerRuntime(timeoutMs));
}

const memo = new Map<string, Promise<unknown>>();

function memoized<T>(key: string, opts: ResolveOptions | undefined, deps: Partial<ResolveDeps> | undefined, run: () => Promise<T>): Promise<T> {
  if (opts || deps) return run();
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) {
    p = run();
    memo.set(key, p);
    p.catch(() => memo.delete(key));
  }
  return p;
}

/** Postgres only (for suites that need no NATS). Memoized per module instance when called without arguments. */
export function resolvePostgres(opts?: ResolveOptions, deps?: Partial<ResolveDeps>): Promise<ResolvedUrl> {
  return memoized('pg', opts, deps, () => {
    const d = { ...realDeps, ...deps };
    return resolveOne(POSTGRES, opts ?? {}, d, runtimeProbe(d, 3000));
  });
}

/** NATS only. Memoized per module instance when called without arguments. */
export function resolveNats(opts?: ResolveOptions, deps?: Partial<ResolveDeps>): Promise<ResolvedUrl> {
  return memoized('nats', opts, deps, () => {
    const d = { ...realDeps, ...deps };
    return resolveOne(NATS, opts ?? {}, d, runtimeProbe(d, 3000));
  });
}

/** Both Postgres and NATS; throws a clear Error naming what to start if either is missing. */
export function resolveInfrastructure(opts?: ResolveOptions, deps?: Partial<ResolveDeps>): Promise<Infrastructure> {
  return memoized('all', opts, deps, async () => {
    const d = { ...realDeps, ...deps };
    const runtime = runtimeProbe(d, 3000);
    const [database, nats] = await Promise.all([
      resolveOne(POSTGRES, opts ?? {}, d, runtime),
      resolveOne(NATS, opts ?? {}, d, runtime),
    ]);
    return {
      databaseUrl: database.url,
      natsUrl: nats.url,
      sources: { database: database.source, nats: nats.source },
    };
  });
}
