// `npm start`: runs the whole system on this machine.
//   Postgres: DATABASE_URL → 127.0.0.1:5432 (database `motcua`) → embedded Postgres on 5433 (.data/postgres).
//   NATS:     NATS_URL → 127.0.0.1:4222 with JetStream → nats-server on 4223 (.data/nats).
// The desk web app is built (Vite) if its sources changed, and the gateway serves it.
// Then every service (or those of `--services a,b`) as a child process with SEED_DEMO=1, output prefixed with
// its name, restarted with backoff if it dies. Ctrl-C (SIGINT/SIGTERM/SIGHUP, or the parent going away) stops
// the services (SIGTERM, SIGKILL after 10 s), then the Postgres/NATS we started, and exits.
// MOTCUA_SERVICE_ENTRY=<file> runs that file instead of apps/<name>/src/main.ts (`{name}` is replaced): the
// fixture libs/devtools/src/__fixtures__/fake-service.cjs stands in for services that do not exist yet.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  SERVICE_PORTS,
  assertPortsFree,
  redactUrl,
  serviceEntry,
  startSystem,
  workspaceRoot,
  type RunningSystem,
  type ServiceName,
} from '@motcua/testing';
import { parseServices } from './cli-args';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { ensureWebBuilt } from './web-build';
import { resolveDevNats } from './infra/dev-nats';
import { resolveDevPostgres } from './infra/dev-postgres';
import type { DevResource } from './infra/resource';

const say = (m: string): void => void process.stdout.write(`[motcua] ${m}\n`);
const warn = (m: string): void => void process.stderr.write(`[motcua] ${m}\n`);

function banner(system: RunningSystem, pg: DevResource, nats: DevResource): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.username.length));
  return [
    '',
    'motcua is running',
    ...(system.gatewayUrl ? [`  web app   ${system.gatewayUrl}/  (the desk web app; log in with an account below)`, `  gateway   ${system.gatewayUrl}/api  (OpenAPI at ${system.gatewayUrl}/docs)`] : []),
    `  postgres  ${redactUrl(pg.url)}  (${pg.description})`,
    `  nats      ${nats.url}  (${nats.description})`,
    '  demo accounts:',
    ...DEMO_ACCOUNTS.map((a) => `    ${a.username.padEnd(width)}  ${a.password}  ${a.role}, ${a.unit}`),
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    say('usage: npm start [-- --services gateway,intake,...]');
    return 0;
  }
  const root = workspaceRoot();
  const names = parseServices(process.argv.slice(2));
  const entryTemplate = process.env.MOTCUA_SERVICE_ENTRY;
  const entry = (name: ServiceName): string => (entryTemplate ? entryTemplate.replaceAll('{name}', name) : serviceEntry(name));
  const missing = names.filter((n) => !existsSync(path.resolve(root, entry(n))));
  if (missing.length > 0) {
    throw new Error(`not written yet: ${missing.map((n) => entry(n)).join(', ')} (start a subset with --services)`);
  }
  await assertPortsFree(new Map(names.map((n) => [n, SERVICE_PORTS[n]])));

  const started: DevResource[] = [];
  let system: RunningSystem | undefined;
  let stopping: Promise<void> | undefined;
  let firstSignalAt = 0;

  const shutdown = (why: string): Promise<void> =>
    (stopping ??= (async () => {
      say(`${why}: stopping`);
      await system?.stop(10_000);
      for (const r of started.reverse()) await r.stop().catch((err: Error) => warn(`stop failed: ${err.message}`));
      say('stopped');
    })());

  let finished: (code: number) => void = () => undefined;
  const done = new Promise<number>((r) => (finished = r));
  const onSignal = (signal: NodeJS.Signals): void => {
    const now = Date.now();
    if (!stopping) {
      firstSignalAt = now;
      void shutdown(signal).then(() => finished(0));
    } else if (now - firstSignalAt > 1500 && system) {
      // A second Ctrl-C (not the copy npm forwards along with the terminal's): do not wait for the grace period.
      warn(`${signal} again: killing the services`);
      for (const s of system.services.values()) void s.kill();
    }
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, onSignal);
  process.on('disconnect', () => onSignal('SIGTERM')); // bootstrap.cjs died

  try {
    // A signal may arrive while something is starting: stop it as soon as it exists.
    const keep = async (r: DevResource): Promise<boolean> => {
      if (!stopping) return started.push(r) > 0;
      await stopping;
      await r.stop();
      return false;
    };
    const pg = await resolveDevPostgres(root, say);
    if (!(await keep(pg))) return await done;
    const nats = await resolveDevNats(root, say);
    if (!(await keep(nats))) return await done;

    if (names.includes('gateway')) {
      const web = ensureWebBuilt(root, say);
      if (web instanceof Error) warn(`${web.message}\nThe API runs without the web app.`);
    }
    say(`starting ${names.join(', ')}`);
    system = await startSystem({
      databaseUrl: pg.url,
      natsUrl: nats.url,
      services: names,
      seedDemo: true,
      restart: true,
      waitReady: false,
      entry,
      log: warn,
    });
    if (stopping) {
      await stopping;
      await system.stop(10_000);
      return await done;
    }
    system
      .waitReady(180_000)
      .then(() => !stopping && process.stdout.write(banner(system!, pg, nats)))
      .catch((err: Error) => !stopping && warn(`${err.message}\nStill running; crashed services are restarted.`));
  } catch (err) {
    warn((err as Error).message);
    await shutdown('start failed');
    return 1;
  }
  return done;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    warn(err.message);
    process.exit(1);
  },
);
