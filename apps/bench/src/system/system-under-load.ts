import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  cleanupNatsPrefix,
  freePort,
  prefixer,
  quoteIdent,
  randomPrefix,
  SERVICE_NAMES,
  startSystem,
  withClient,
  type RestartPolicy,
  type RunningSystem,
  type ServiceName,
} from '@motcua/testing';
import { makeTmpDir, type TmpDir } from '../infra/cleanup';

export interface Infra {
  /** Admin URL of the Postgres server the system's database is created on. */
  databaseAdminUrl: string;
  /** NATS_URL (comma-separated for a cluster). */
  natsUrl: string;
  replicas: number;
}

export interface SystemUnderLoad {
  readonly system: RunningSystem;
  readonly gatewayUrl: string;
  readonly databaseUrl: string;
  readonly prefix: string;
  /** Where the notification service's local sink writes (`messages.jsonl`). */
  readonly sinkFile: string;
  readonly infra: Infra;
  /** The current pid of each service (changes when a drill restarts one). */
  pids(): Map<ServiceName, number>;
  /** Error and fatal log lines of the services (pino levels 50, 60), newest last, at most 200. */
  errors(): { service: string; msg: string; at: string }[];
  /** A NATS connection of our own (observer, raw limits), reconnecting forever. */
  nats(): Promise<NatsConnection>;
  /**
   * A second gateway process on the same database and prefix (a replica, as the scale-out runs them), with extra
   * environment: an experiment's other setting side by side with the first one. Stopped with the system.
   */
  startGateway(env: Record<string, string>): Promise<{ url: string; pid: () => number | undefined; stop: () => Promise<void> }>;
  stop(): Promise<void>;
}

export interface StartOptions {
  infra: Infra;
  /** Extra environment for every service. */
  env?: Record<string, string>;
  serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
  verbose?: boolean;
  log?: (m: string) => void;
  /** Restart a service that dies, as `npm start` and compose do (drills); default: no supervision. */
  restart?: RestartPolicy;
}

/**
 * Every service as its own process (apps/<name>/src/main.ts, as `npm start` runs them) on free ports, a database
 * of its own on `infra`'s Postgres, a random MESSAGING_PREFIX, file-backed streams with `infra.replicas`
 * replicas, SEED_DEMO=1. Settings that would otherwise measure the harness rather than the system:
 * a fixed AUTH_SECRET (tokens survive a gateway restart) with long-lived tokens, and a public lookup limit far
 * above what one load generator sends from one address.
 */
export async function startSystemUnderLoad(opts: StartOptions): Promise<SystemUnderLoad> {
  const prefix = randomPrefix();
  const database = `motcua_bench_${prefix}`;
  await withClient(opts.infra.databaseAdminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
  const u = new URL(opts.infra.databaseAdminUrl);
  u.pathname = `/${database}`;
  const databaseUrl = u.toString();
  const sinkDir: TmpDir = makeTmpDir('sink');
  const ports: Partial<Record<ServiceName, number>> = {};
  for (const name of SERVICE_NAMES) ports[name] = await freePort();

  const errors: { service: string; msg: string; at: string }[] = [];
  const print = opts.verbose ? prefixer('services', 8) : undefined;
  const output = (line: string, stream: 'stdout' | 'stderr'): void => {
    print?.(line, stream);
    if (!/"level":\s*(50|60)/.test(line)) return;
    try {
      const entry = JSON.parse(line);
      errors.push({ service: entry.service ?? '?', msg: `${entry.msg ?? ''} ${entry.error ?? ''}`.trim().slice(0, 400), at: new Date().toISOString() });
      if (errors.length > 200) errors.shift();
    } catch {
      // not JSON: not one of ours
    }
  };
  const env = {
    NATS_STORAGE: 'file',
    NATS_REPLICAS: String(opts.infra.replicas),
    AUTH_SECRET: `bench-${randomBytes(24).toString('hex')}`,
    ACCESS_TOKEN_TTL_SECONDS: String(24 * 3600),
    PUBLIC_LOOKUP_PER_MINUTE: String(10_000_000),
    NOTIFY_SINK_DIR: sinkDir.path,
    ...opts.env,
  };
  let system: RunningSystem;
  try {
    system = await startSystem({
      databaseUrl,
      natsUrl: opts.infra.natsUrl,
      prefix,
      seedDemo: true,
      logLevel: 'warn',
      ports,
      env,
      serviceEnv: opts.serviceEnv,
      output,
      readyTimeoutMs: 180_000,
      restart: opts.restart ?? false,
      log: opts.log,
    });
  } catch (err) {
    await dropDatabase(opts.infra.databaseAdminUrl, database);
    sinkDir.remove();
    throw err;
  }

  let nc: NatsConnection | undefined;
  let stopped: Promise<void> | undefined;
  const extraGateways: RunningSystem[] = [];
  return {
    system,
    gatewayUrl: system.gatewayUrl!,
    databaseUrl,
    prefix,
    sinkFile: path.join(sinkDir.path, 'messages.jsonl'),
    infra: opts.infra,
    errors: () => [...errors],
    pids() {
      const out = new Map<ServiceName, number>();
      for (const [name, svc] of system.services) if (svc.process?.running) out.set(name, svc.process.pid);
      return out;
    },
    async nats() {
      nc ??= await connect({ servers: opts.infra.natsUrl.split(','), name: `motcua-bench-${prefix}`, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
      return nc;
    },
    async startGateway(extra) {
      const gateway = await startSystem({
        databaseUrl,
        natsUrl: opts.infra.natsUrl,
        services: ['gateway'],
        prefix,
        seedDemo: true,
        logLevel: 'warn',
        ports: { gateway: await freePort() },
        env: { ...env, ...extra },
        output,
        readyTimeoutMs: 180_000,
        log: opts.log,
      });
      extraGateways.push(gateway);
      const svc = gateway.service('gateway');
      return { url: gateway.gatewayUrl!, pid: () => (svc.process?.running ? svc.process.pid : undefined), stop: () => gateway.stop(10_000) };
    },
    stop: () =>
      (stopped ??= (async () => {
        await Promise.all(extraGateways.map((g) => g.stop(10_000)));
        await system.stop(10_000);
        const admin = nc ?? (await connect({ servers: opts.infra.natsUrl.split(','), timeout: 5000 }).catch(() => undefined));
        if (admin) {
          await cleanupNatsPrefix(admin, prefix).catch(() => undefined);
          await admin.close().catch(() => undefined);
        }
        await dropDatabase(opts.infra.databaseAdminUrl, database);
        sinkDir.remove();
      })()),
  };
}

/** Error lines grouped by service and first line of the message, most frequent first. */
export function groupErrors(errors: { service: string; msg: string }[]): { service: string; msg: string; count: number }[] {
  const groups = new Map<string, { service: string; msg: string; count: number }>();
  for (const e of errors) {
    const msg = e.msg.split('\n')[0].slice(0, 160);
    const key = `${e.service}\u0000${msg}`;
    const g = groups.get(key) ?? { service: e.service, msg, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`)).catch(() => undefined);
}
