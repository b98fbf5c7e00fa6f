import { manageService, type ManagedService, type RestartPolicy } from './managed-service';
import type { OutputMode } from './output';
import { isPortFree } from './ports';
import { SERVICE_NAMES, SERVICE_PORTS, serviceEntry, type ServiceName } from './services';

export interface StartSystemOptions {
  databaseUrl: string;
  natsUrl: string;
  /** Default: all services. */
  services?: readonly ServiceName[];
  /** MESSAGING_PREFIX. Default 'motcua'; tests use `randomPrefix()`. */
  prefix?: string;
  /** SEED_DEMO=1. Default false. */
  seedDemo?: boolean;
  /** LOG_LEVEL. Default 'info'. */
  logLevel?: string;
  /** Added to every service's environment. */
  env?: Record<string, string>;
  /** Added to one service's environment. */
  serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Port per service. Default SERVICE_PORTS. */
  ports?: Partial<Record<ServiceName, number>>;
  /** Entry file per service, relative to the workspace root. Default apps/<name>/src/main.ts. */
  entry?: (name: ServiceName) => string;
  /** Default 'prefixed'. */
  output?: OutputMode;
  /** Restart services that die unexpectedly, with backoff. Default false. */
  restart?: RestartPolicy | boolean;
  /** Wait for every /health/ready before resolving (and stop everything if one fails). Default true. */
  waitReady?: boolean;
  /** Default 120 s. */
  readyTimeoutMs?: number;
  /** Supervisor messages. Default stderr. */
  log?: (message: string) => void;
}

export interface RunningSystem {
  readonly services: ReadonlyMap<ServiceName, ManagedService>;
  service(name: ServiceName): ManagedService;
  /** Base URL of the gateway (http://127.0.0.1:<port>), when it was started. */
  readonly gatewayUrl: string | undefined;
  /** Waits for every service's /health/ready. */
  waitReady(timeoutMs?: number): Promise<void>;
  /** SIGTERM to every service at once, SIGKILL after `graceMs` (default 10 s). */
  stop(graceMs?: number): Promise<void>;
}

/** Refuses to start when a port is taken (a previous run still alive?) instead of failing in seven logs. */
export async function assertPortsFree(ports: ReadonlyMap<string, number>): Promise<void> {
  const busy: string[] = [];
  for (const [name, port] of ports) if (!(await isPortFree(port))) busy.push(`${name} (${port})`);
  if (busy.length > 0) {
    throw new Error(`port already in use for ${busy.join(', ')}: is another copy of the system still running?`);
  }
}

/** Starts all (or the chosen) services as child processes with the environment of the service contract. */
export async function startSystem(opts: StartSystemOptions): Promise<RunningSystem> {
  const names = opts.services ?? SERVICE_NAMES;
  const ports = new Map(names.map((n) => [n, opts.ports?.[n] ?? SERVICE_PORTS[n]] as const));
  await assertPortsFree(ports);

  const restart = opts.restart === true ? {} : opts.restart || false;
  const services = new Map<ServiceName, ManagedService>();
  for (const name of names) {
    const env = {
      DATABASE_URL: opts.databaseUrl,
      NATS_URL: opts.natsUrl,
      MESSAGING_PREFIX: opts.prefix ?? 'motcua',
      LOG_LEVEL: opts.logLevel ?? 'info',
      SEED_DEMO: opts.seedDemo ? '1' : '0',
      ...opts.env,
      ...opts.serviceEnv?.[name],
    };
    services.set(
      name,
      manageService(name, ports.get(name)!, env, {
        entry: opts.entry?.(name) ?? serviceEntry(name),
        output: opts.output,
        restart,
        log: opts.log,
      }),
    );
  }

  const system: RunningSystem = {
    services,
    service(name) {
      const s = services.get(name);
      if (!s) throw new Error(`${name} is not part of this system (started: ${[...services.keys()].join(', ')})`);
      return s;
    },
    gatewayUrl: services.get('gateway')?.url,
    async waitReady(timeoutMs = opts.readyTimeoutMs ?? 120_000) {
      const results = await Promise.allSettled([...services.values()].map((s) => s.waitReady(timeoutMs)));
      const failed = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
      if (failed.length > 0) throw new Error(`not ready:\n${failed.join('\n\n')}`);
    },
    async stop(graceMs) {
      await Promise.all([...services.values()].map((s) => s.stop('SIGTERM', graceMs)));
    },
  };

  try {
    for (const s of services.values()) s.start();
    if (opts.waitReady ?? true) await system.waitReady();
  } catch (err) {
    await system.stop(2000);
    throw err;
  }
  return system;
}
