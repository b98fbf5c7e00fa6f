// `npm run bench [-- options]`: how fast, against the raw limits measured in the same run.
//   1. raw limits: Postgres (pgbench, our transaction shapes, best connection count), JetStream publish /
//      consume / one hop, core NATS request/reply — on the same servers the system then runs on;
//   2. the whole system as processes (startSystem), driven over HTTP through the gateway: full lifecycle,
//      intake at fixed offered loads (open loop) and at saturation, relay latency, public lookup;
//   3. CPU and resident memory of every process per phase;
//   4. a table with every figure next to the limit it is bounded by, and .reports/bench-<timestamp>.json.
// Bounded: every phase has a duration and every wait a timeout; everything started is stopped and removed.
import os from 'node:os';
import { workspaceRoot } from '@motcua/testing';
import { makeTmpDir, Teardown } from './infra/cleanup';
import { prepareEnvironment } from './infra/environment';
import { HttpClient, StaffSession } from './load/http-client';
import { round } from './load/latencies';
import { fmt, machine, Progress, ratio, table, times, writeResults } from './report/console';
import { envList, numberList, parseArgs, positive } from './report/args';
import { measureNats, type RawNatsResult } from './bench/raw-nats';
import { measurePostgres, type RawPostgresResult } from './bench/raw-postgres';
import {
  httpFloor,
  intakeAtRate,
  intakeOverload,
  intakeSaturation,
  lifecycle,
  lookups,
  type Ctx,
  type IntakeStep,
  type LifecycleResult,
  type LoadSummary,
  type LookupResult,
  type OverloadRun,
} from './bench/scenarios';
import { runTrackingStatistics, type StatisticsFigure } from './bench/statistics';
import { chooseRelayedProcedure, sleep } from './system/actors';
import { EventObserver } from './system/event-observer';
import { loaderBaseline } from './system/loader-baseline';
import { PgActivitySampler, type WaitFigure } from './system/pg-activity';
import { waitUntilCaughtUp } from './system/quiesce';
import { ResourceSampler, type ResourceFigures } from './system/resource-sampler';
import { SinkReader } from './system/sink-reader';
import { groupErrors, startSystemUnderLoad } from './system/system-under-load';

const USAGE = `usage: npm run bench -- [options]
  --quick               short phases, statistics over 100,000 dossiers (about 4 minutes): a smoke run
  --seconds=N           length of each load phase (default 10; --quick 4)
  --rates=a,b,c         offered intake loads in dossiers/s (default 20,100,300,500,1000; 20 = light load)
  --cluster             NATS as a 3-node cluster with R3 streams (default: one node, as npm start runs it)
  --shared-infra        use DATABASE_URL/NATS_URL or 127.0.0.1:5432/4222 instead of a private Postgres and NATS
  --skip-raw            skip the raw limits (ratios are then left out)
  --skip-statistics     skip tracking's statistics benchmark (apps/tracking/bench, seeds 1,000,000 dossiers)
  --statistics-dossiers=N  dossiers it seeds (default 1000000; --quick 100000)
  --raw-only            measure the raw limits only (no services)
  --env=K=V,K=V         extra environment for every service (experiments: --env=DB_POOL_SIZE=10)
  --only=a,b            run only these system phases after the warm-up (no raw limits, no statistics):
                          overload  intake pushed past its capacity, through the gateway with its in-flight cap
                                    (GATEWAY_MAX_IN_FLIGHT) and through a second gateway without one
                          lookup    the gateway HTTP floor and the public lookup
  --overload-rate=N     offered load of the overload phase in dossiers/s (default: 3 × intake at saturation)
  --verbose             show the services' logs`;

const TARGETS = {
  lifecyclePerSec: 1000,
  intakeP99AtMs: 50,
  intakeP99Rate: 500,
  relayP99Ms: 100,
  lookupPerSec: 5000,
  statisticsMs: 300,
  rssMb: 150,
};

const ONLY_PHASES = ['overload', 'lookup'];

interface OnlyDeps {
  ctx: Ctx;
  sut: Awaited<ReturnType<typeof startSystemUnderLoad>>;
  phase: <T>(name: string, run: () => Promise<T>) => Promise<T>;
  say: (m: string) => void;
  seconds: number;
  quick: boolean;
  results: Record<string, unknown>;
  overloadRate: string | boolean | undefined;
  serviceEnv: Record<string, string>;
}

/** `--only=…`: the chosen phases alone, each with its own table. */
async function runOnly(only: Set<string>, d: OnlyDeps): Promise<void> {
  const { ctx, sut, phase, say, seconds, quick, results } = d;
  if (only.has('overload')) {
    say('[bench] intake at saturation (64 clients back to back): the capacity the overload is measured against');
    const saturation = await phase('intake saturation', () => intakeSaturation(ctx, 64, Math.min(seconds, 6)));
    const capacity = saturation.load.okPerSec;
    const rate = positive(d.overloadRate, Math.max(100, Math.round(3 * capacity)));
    say(`[bench] intake accepts ${fmt(capacity)} dossiers/s at saturation; overload: ${rate}/s offered for ${seconds} s, first with the in-flight cap, then without`);
    const runs: OverloadRun[] = [];
    const capped = await new StaffSession(new HttpClient(sut.gatewayUrl, { maxSockets: 2048, timeoutMs: 60_000 }), 'clerk.tanphuoc').login();
    const cappedLabel = `with the cap (GATEWAY_MAX_IN_FLIGHT=${d.serviceEnv.GATEWAY_MAX_IN_FLIGHT ?? 'default 64'} per service)`;
    runs.push(await phase('overload, capped', () => intakeOverload(ctx, capped, cappedLabel, rate, seconds)));
    capped.http.close();
    await sleep(5000); // what intake still had queued when the run stopped
    say('[bench] a second gateway without the cap (GATEWAY_MAX_IN_FLIGHT=1000000), same database and prefix');
    const uncappedGateway = await d.sut.startGateway({ GATEWAY_MAX_IN_FLIGHT: '1000000', GATEWAY_MAX_IN_FLIGHT_PUBLIC: '1000000' });
    const uncapped = await new StaffSession(new HttpClient(uncappedGateway.url, { maxSockets: 2048, timeoutMs: 60_000 }), 'clerk.tanphuoc').login();
    runs.push(await phase('overload, uncapped', () => intakeOverload(ctx, uncapped, 'without the cap', rate, seconds)));
    uncapped.http.close();
    await uncappedGateway.stop();
    results.overload = { saturationPerSec: capacity, rate, seconds, runs };
    say(
      table(
        [
          ['gateway', 'offered', 'accepted/s', '503 share', 'accepted p50/p95/p99/max ms', '503 overloaded: n, p50/p99 ms', '503 timeout: n, p50/p99 ms', 'all answers p50/p99 ms', 'other', 'errors'],
          ...runs.map((r) => [
            r.gateway,
            `${r.offeredPerSec}/s × ${seconds} s`,
            fmt(r.acceptedPerSec),
            `${r.share503Pct} %`,
            `${r.acceptedLatency.p50 ?? '—'} / ${r.acceptedLatency.p95 ?? '—'} / ${r.acceptedLatency.p99 ?? '—'} / ${r.acceptedLatency.max ?? '—'}`,
            `${r.overloaded}, ${r.overloadedLatency.p50 ?? '—'} / ${r.overloadedLatency.p99 ?? '—'}`,
            `${r.timedOut}, ${r.timedOutLatency.p50 ?? '—'} / ${r.timedOutLatency.p99 ?? '—'}`,
            `${r.allLatency.p50 ?? '—'} / ${r.allLatency.p99 ?? '—'}`,
            Object.entries(r.otherRefusals).map(([k, v]) => `${k} ×${v}`).join(', ') || '—',
            r.errors,
          ]),
        ],
        `\nIntake overload (open loop at ${rate}/s = ${fmt(rate / Math.max(capacity, 1), 1)} × the ${fmt(capacity)}/s intake accepts at saturation; accepted latency from the intended send time, 503s from the send)`,
      ),
    );
  }
  if (only.has('lookup')) {
    say('[bench] gateway HTTP floor (GET /health/live)');
    const floor = await phase('http floor', () => httpFloor(ctx, new HttpClient(sut.gatewayUrl, { maxSockets: 64 }), 32, quick ? 2 : 4));
    say('[bench] public lookup (code + second factor)');
    const lookup = await phase('public lookup', () => lookups(ctx, 32, seconds));
    results.lookup = lookup;
    results.httpFloor = floor;
    say(lookupTable(lookup, floor));
  }
}

function lookupTable(lookup: LookupResult, floor: LoadSummary): string {
  return table(
    [
      ['public lookup', 'value'],
      ['answered per second (32 clients)', `${fmt(lookup.okPerSec)} /s`],
      ['p50 / p99', `${lookup.latency.p50} / ${lookup.latency.p99} ms`],
      ['not found / other refusals / errors', `${lookup.notFound} / ${lookup.rejected - lookup.notFound} / ${lookup.errors}`],
      ['rows written to the failed-lookup counter per lookup', fmt(lookup.attemptWritesPerLookup, 2)],
      ['gateway HTTP floor (GET /health/live, same generator)', `${fmt(floor.okPerSec)} /s, p99 ${floor.latency.p99} ms`],
    ],
    `\nPublic lookup (${lookup.endpoint})`,
  );
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), {
    quick: 'flag',
    seconds: 'value',
    rates: 'value',
    cluster: 'flag',
    'shared-infra': 'flag',
    'skip-raw': 'flag',
    'raw-only': 'flag',
    'skip-statistics': 'flag',
    'statistics-dossiers': 'value',
    verbose: 'flag',
    only: 'value',
    'overload-rate': 'value',
    env: 'value',
    help: 'flag',
  });
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const quick = Boolean(args.quick);
  const only = typeof args.only === 'string' ? new Set(args.only.split(',').map((p) => p.trim())) : undefined;
  for (const p of only ?? []) if (!ONLY_PHASES.includes(p)) throw new Error(`--only: unknown phase ${JSON.stringify(p)} (known: ${ONLY_PHASES.join(', ')})`);
  const seconds = positive(args.seconds, quick ? 4 : 10);
  const rates = numberList(args.rates, [20, 100, 300, 500, 1000]);
  const serviceEnv = envList(args.env);
  const root = workspaceRoot();
  const out = new Progress();
  const teardown = new Teardown();
  teardown.handleSignals((m) => out.say(`[bench] ${m}`));
  const say = (m: string): void => out.say(m);
  const startedAt = new Date();
  const results: Record<string, unknown> = { kind: 'bench', startedAt: startedAt.toISOString(), machine: machine(), options: { quick, seconds, rates, cluster: Boolean(args.cluster), sharedInfra: Boolean(args['shared-infra']), serviceEnv } };
  const resources: Record<string, Record<string, ResourceFigures>> = {};
  const dbWaits: Record<string, WaitFigure[]> = {};
  const caughtUp: Record<string, { ms?: number; left: number }> = {};

  try {
    say(`[bench] ${quick ? 'quick run' : 'full run'}: phases of ${seconds} s; offered intake loads ${rates.join(', ')}/s${Object.keys(serviceEnv).length ? `; service env ${JSON.stringify(serviceEnv)}` : ''}`);
    const env = await prepareEnvironment({ kind: args['shared-infra'] ? 'shared' : 'private', natsNodes: args.cluster ? 3 : 1, teardown, log: say });
    say(`[bench] infrastructure: ${env.describe}; load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (figures move with the neighbours' load: read the ratios)`);
    results.infrastructure = env.describe;

    // 1. Raw limits, before the services start: the servers' ceilings for our shapes on this machine, now.
    let rawPg: RawPostgresResult | undefined;
    let rawNats: RawNatsResult | undefined;
    if (!args['skip-raw'] && !only) {
      say('[bench] raw limits');
      const scratch = makeTmpDir('pgbench');
      teardown.add('pgbench scripts', () => scratch.remove());
      rawPg = await measurePostgres({
        adminUrl: env.infra.databaseAdminUrl,
        binDir: env.postgres?.binDir,
        connections: quick ? [1, 4, 16] : [1, 2, 4, 8, 16, 32],
        seconds: quick ? 2 : 3,
        scratchDir: scratch.path,
        onProgress: (t) => out.update(t),
      });
      rawNats = await measureNats({ natsUrl: env.infra.natsUrl, prefix: `raw${process.pid}`, replicas: env.infra.replicas, seconds: quick ? 2 : 5, onProgress: (t) => out.update(t) });
      out.done();
      results.raw = { postgres: rawPg, nats: rawNats };
      say(
        table(
          [
            ['raw limit', 'best', 'at', 'detail'],
            ...rawPg.shapes.map((s) => [
              `postgres: ${s.shape}`,
              `${fmt(s.best.tps)} tx/s`,
              `${s.best.connections} conn`,
              s.points.map((p) => `${p.connections}:${fmt(p.tps)}`).join(' '),
            ]),
            ['jetstream: acked publish', `${fmt(rawNats.publishPerSec)} msg/s`, `${rawNats.publishWindow} in flight`, `${rawNats.messageBytes} B, R${rawNats.replicas}, file`],
            ['jetstream: pull consume + ack', `${fmt(rawNats.consumePerSec)} msg/s`, '1 consumer', 'no handler work'],
            ['jetstream: one hop', `p50 ${rawNats.hopLatency.p50} ms`, `p99 ${rawNats.hopLatency.p99} ms`, 'publish → ack → consumer has it'],
            ['nats: request/reply', `${fmt(rawNats.requestReplyPerSec)} rt/s`, '32 in flight', 'responder in this process'],
          ],
          `\nRaw limits (${rawPg.tool})`,
        ),
      );
    }

    if (args['raw-only']) {
      results.finishedAt = new Date().toISOString();
      say(`\n[bench] results: ${writeResults(root, 'bench', results)}`);
      return 0;
    }

    // 2. The system.
    say('[bench] starting every service (own database, random prefix, SEED_DEMO=1)');
    const t0 = performance.now();
    // Supervised as `npm start` runs them; a service that falls over is a finding, reported at the end.
    const selfExits: string[] = [];
    const sut = await startSystemUnderLoad({
      infra: env.infra,
      verbose: Boolean(args.verbose),
      restart: { initialDelayMs: 1000 },
      // Messages go out at any hour: a quiet-hours deferral would read as a stalled pipeline.
      env: { NOTIFY_QUIET_HOURS: 'off', ...serviceEnv },
      log: (m) => {
        if (/exited unexpectedly/.test(m)) selfExits.push(m);
        say(`[bench] ${m}`);
      },
    });
    results.selfExits = selfExits;
    teardown.add('system', () => sut.stop());
    say(`[bench] system ready in ${((performance.now() - t0) / 1000).toFixed(1)} s at ${sut.gatewayUrl}`);
    results.startupMs = Math.round(performance.now() - t0);

    const sampler = new ResourceSampler(() => {
      const m = new Map<string, number[]>();
      for (const [name, pid] of sut.pids()) m.set(name, [pid]);
      for (const [label, pids] of env.serverPids()) m.set(label, pids);
      m.set('bench (generator)', [process.pid]);
      return m;
    });
    sampler.start();
    const pgActivity = new PgActivitySampler(sut.databaseUrl);
    await pgActivity.start();
    teardown.add('pg activity sampler', () => pgActivity.stop());
    const nc = await sut.nats();
    const phase = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      sampler.beginPhase(name);
      pgActivity.beginPhase();
      try {
        return await run();
      } finally {
        out.done();
        resources[name] = sampler.endPhase();
        dbWaits[name] = pgActivity.endPhase();
        // The next phase starts from a quiet system: whatever this one queued in the consumers is worked off first.
        caughtUp[name] = await waitUntilCaughtUp(nc, sut.prefix, 120_000, (t) => out.update(`${name}: ${t}`));
        out.done();
      }
    };

    say('[bench] idle (resident memory after start)');
    await phase('idle', () => new Promise((r) => setTimeout(r, 2000)));

    const http = new HttpClient(sut.gatewayUrl, { maxSockets: 256, timeoutMs: 30_000 });
    const anonymous = new HttpClient(sut.gatewayUrl, { maxSockets: 64 });
    teardown.add('http clients', () => {
      http.close();
      anonymous.close();
    });
    const observer = new EventObserver(sut.prefix);
    observer.start(nc);
    const sink = new SinkReader(sut.sinkFile);
    sink.start();
    teardown.add('observers', () => {
      observer.stop();
      sink.stop();
    });
    const clerk = await new StaffSession(http, 'clerk.tanphuoc').login();
    const handler = await new StaffSession(http, 'handler.tanhong').login();
    const chosen = await chooseRelayedProcedure(clerk, handler);
    say(`[bench] load: procedure ${chosen.procedure.code}, received at Tân Phước's desk, decided by unit 869${chosen.tried.length ? ` (not: ${chosen.tried.join('; ')})` : ''}`);
    results.procedure = chosen.procedure.code;
    const ctx: Ctx = {
      clerk,
      handler,
      head: await new StaffSession(http, 'head.tanhong').login(),
      procedure: chosen.procedure,
      anonymous,
      observer,
      sink,
      databaseUrl: sut.databaseUrl,
      progress: (t) => out.update(t),
      known: [],
    };

    say('[bench] warm-up (JIT, pools, consumers)');
    await phase('warm-up', () => intakeAtRate(ctx, 50, quick ? 2 : 4));

    if (only) {
      await runOnly(only, { ctx, sut, phase, say, seconds, quick, results, overloadRate: args['overload-rate'], serviceEnv });
      sampler.stop();
      results.resources = resources;
      results.serviceErrors = groupErrors(sut.errors());
      const grouped = results.serviceErrors as ReturnType<typeof groupErrors>;
      if (grouped.length) say(`\n[bench] errors the services logged (grouped):\n${grouped.slice(0, 10).map((e) => `  ${String(e.count).padStart(4)} × ${e.service}: ${e.msg}`).join('\n')}`);
      results.finishedAt = new Date().toISOString();
      say(`\n[bench] results: ${writeResults(root, 'bench', results)}`);
      return 0;
    }

    say('[bench] full lifecycle: desks submit, the office resolves, the desk hands over, the citizen is told');
    const life: LifecycleResult = await phase('lifecycle', () => lifecycle(ctx, { clerks: 16, seconds: Math.max(seconds, 5) * 2, botConcurrency: 32, settleMs: 120_000 }));
    results.lifecycle = life;

    const steps: { rate: number; step: IntakeStep }[] = [];
    for (const rate of rates) {
      say(`[bench] intake at a fixed offered load of ${rate} dossiers/s for ${seconds} s`);
      steps.push({ rate, step: await phase(`intake ${rate}/s`, () => intakeAtRate(ctx, rate, seconds)) });
    }
    results.intake = steps;
    say('[bench] intake at saturation (64 clients back to back)');
    const saturation = await phase('intake saturation', () => intakeSaturation(ctx, 64, seconds));
    results.saturation = saturation;

    // Measured right before the lookup it bounds: on a shared machine the floor moves with the neighbours' load.
    say('[bench] gateway HTTP floor (GET /health/live)');
    const floor: LoadSummary = await phase('http floor', () => httpFloor(ctx, new HttpClient(sut.gatewayUrl, { maxSockets: 64 }), 32, quick ? 2 : 4));

    say('[bench] public lookup (code + second factor)');
    const lookup: LookupResult = await phase('public lookup', () => lookups(ctx, 32, seconds));
    results.lookup = lookup;
    results.httpFloor = floor;
    sampler.stop();
    results.resources = resources;
    results.databaseWaits = dbWaits;
    results.caughtUp = caughtUp;

    const loader = await loaderBaseline();
    results.loaderBaseline = loader;
    const loaderMb = loader.withLoaderMb !== undefined && loader.plainNodeMb !== undefined ? loader.withLoaderMb - loader.plainNodeMb : undefined;
    // Tracking's statistics benchmark seeds its own database on the same server: the services are stopped first.
    let stats: StatisticsFigure = { available: false, note: 'skipped (--skip-statistics)' };
    if (!args['skip-statistics']) {
      await sut.stop();
      const dossiers = positive(args['statistics-dossiers'], quick ? 100_000 : 1_000_000);
      say(`[bench] statistics: tracking's benchmark over ${fmt(dossiers)} seeded dossiers (services stopped)`);
      stats = await runTrackingStatistics({ root, adminUrl: env.infra.databaseAdminUrl, dossiers, timeoutMs: 30 * 60_000, onLine: (l) => l.trim() && out.update(`statistics: ${l.trim().slice(0, 110)}`) });
      out.done();
      if (stats.timings?.length) {
        say(table([['tracking statistics (its own benchmark)', 'first ms', 'median ms', 'max ms'], ...stats.timings.map((t) => [t.label, t.firstMs, t.medianMs, t.maxMs])], `\nStatistics over ${fmt(dossiers)} seeded dossiers (seeded in ${stats.seedSeconds ?? '?'} s)`));
      } else if (stats.outputTail) {
        say(`[bench] statistics: ${stats.note}\n  ${stats.outputTail.join('\n  ')}`);
      }
    }
    results.statistics = stats;

    // 3. The tables.
    const pgWrite = rawPg?.shapes.find((s) => s.shape === 'dossier+outbox')?.best.tps;
    const pgIntake = rawPg?.shapes.find((s) => s.shape === 'as intake commits')?.best.tps;
    const pgRead = rawPg?.shapes.find((s) => s.shape === 'point read')?.best.tps;
    const lifecycleCeiling = pgWrite && life.commitsPerDossier ? pgWrite / life.commitsPerDossier : undefined;
    const lookupCeiling = Math.min(...[floor.okPerSec, rawNats?.requestReplyPerSec, pgRead].filter((v): v is number => v !== undefined));
    const at = (rate: number) => steps.find((s) => s.rate === rate)?.step;
    const targetStep = at(TARGETS.intakeP99Rate) ?? steps[Math.min(steps.length - 1, 2)]?.step;
    const lowStep = steps[0]?.step;
    const hop3 = rawNats ? 3 * (rawNats.hopLatency.p99 ?? 0) : undefined;

    say(
      table(
        [
          ['intake offered', 'accepted/s', 'vs pg raw', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'refused', 'errors', 'relay p50', 'relay p99', 'relay drained'],
          ...steps.map(({ rate, step }) => [
            `${rate}/s`,
            fmt(step.load.okPerSec),
            ratio(step.load.okPerSec, pgWrite),
            step.load.latency.p50,
            step.load.latency.p95,
            step.load.latency.p99,
            step.load.latency.max,
            step.load.rejected,
            step.load.errors + step.load.unsent,
            step.relay.receiptToInbox.p50,
            step.relay.receiptToInbox.p99,
            step.relay.missing ? `${step.relay.missing} missing` : `${fmt((step.relay.drainedAfterMs ?? 0) / 1000, 1)} s`,
          ]),
          [
            'saturation (64)',
            fmt(saturation.load.okPerSec),
            ratio(saturation.load.okPerSec, pgWrite),
            saturation.load.latency.p50,
            saturation.load.latency.p95,
            saturation.load.latency.p99,
            saturation.load.latency.max,
            saturation.load.rejected,
            saturation.load.errors,
            saturation.relay.receiptToInbox.p50,
            saturation.relay.receiptToInbox.p99,
            saturation.relay.missing ? `${saturation.relay.missing} missing` : `${fmt((saturation.relay.drainedAfterMs ?? 0) / 1000, 1)} s`,
          ],
        ],
        '\nIntake (POST /api/dossiers at the gateway, open loop: latency from the intended send time) and relay (201 → transfer.sent, ms)',
      ),
    );
    if (targetStep) {
      say(
        table(
          [['relay hop (at ' + (at(TARGETS.intakeP99Rate) ? `${TARGETS.intakeP99Rate}/s` : 'the third load') + ')', 'p50 ms', 'p99 ms'], ...targetStep.relay.hops.map((h) => [h.name, h.latency.p50, h.latency.p99])],
          '\nRelay latency by hop (times at which each event was published, seen on NATS)',
        ),
      );
    }
    say(
      table(
        [
          ['lifecycle', 'value'],
          ['dossiers received / completed', `${life.submitted} / ${life.completed}${life.incomplete ? ` (${life.incomplete} incomplete at the end of the wait)` : ''}`],
          ['completed per second', `${fmt(life.perSec, 1)} /s over ${fmt(life.elapsedMs / 1000, 1)} s`],
          ['end to end (201 → handed over and told) p50 / p99', `${fmt((life.endToEnd.p50 ?? 0) / 1000, 2)} s / ${fmt((life.endToEnd.p99 ?? 0) / 1000, 2)} s`],
          ['Postgres transactions per dossier (all services, reads and polling included)', fmt(life.commitsPerDossier, 1)],
          ['events per dossier', fmt(life.eventsPerDossier, 1)],
          ['rough ceiling from Postgres (raw dossier+outbox tx/s ÷ transactions per dossier)', lifecycleCeiling ? `${fmt(lifecycleCeiling)} /s` : undefined],
          ...life.stages.map((s) => [`  ${s.name} p50 / p99`, `${s.latency.p50 ?? '—'} / ${s.latency.p99 ?? '—'} ms`]),
        ],
        '\nFull lifecycle (16 desks back to back; office and desk bots with 32 in flight each)',
      ),
    );
    say(lookupTable(lookup, floor));
    const labels = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];
    const phases = Object.keys(resources).filter((p) => p !== 'warm-up' && p !== 'idle');
    say(
      table(
        [
          ['process', 'RSS idle MB', 'RSS peak MB', ...phases.map((p) => `${p} CPU %`)],
          ...labels.map((label) => [
            label,
            label === 'postgres' ? 'n/a' : resources.idle?.[label]?.rssEndMb,
            label === 'postgres' ? 'n/a' : Math.max(0, ...phases.map((p) => resources[p][label]?.rssPeakMb ?? 0)),
            ...phases.map((p) => resources[p][label]?.cpuPct),
          ]),
        ],
        '\nResources (CPU in % of one core: this machine has 2, i.e. 200 %)',
      ),
    );
    if (loaderMb !== undefined) {
      say(`  every service runs through @swc-node/register (TypeScript compiled in-process): an empty process takes ${loader.withLoaderMb} MB that way, ${loader.plainNodeMb} MB as plain node — about ${loaderMb} MB of each service's RSS is the loader`);
    }
    for (const name of ['lifecycle', `intake ${TARGETS.intakeP99Rate}/s`, 'intake saturation', 'public lookup']) {
      const waits = dbWaits[name];
      if (!waits?.length) continue;
      say(
        table(
          [['service (application_name)', 'state', 'waiting on', 'avg sessions'], ...waits.slice(0, 8).map((w) => [w.who, w.state, w.wait, fmt(w.avgSessions, 2)])],
          `\nDatabase time during "${name}" (pg_stat_activity sampled every 250 ms)`,
        ),
      );
    }
    const rss = (label: string) => Math.max(0, ...phases.map((p) => resources[p][label]?.rssPeakMb ?? 0));
    const services = labels.filter((l) => !['postgres', 'nats', 'bench (generator)'].includes(l));
    const worstRss = services.reduce((a, b) => (rss(b) > rss(a) ? b : a), services[0]);
    const targetRows: (string | number | undefined)[][] = [
      ['figure', 'measured', 'bounded by (raw, this run)', 'of the limit', 'target', 'met'],
      ['full lifecycle', `${fmt(life.perSec, 1)} /s`, lifecycleCeiling ? `${fmt(lifecycleCeiling)} /s (pg ÷ ${life.commitsPerDossier} commits)` : undefined, ratio(life.perSec, lifecycleCeiling), `≥ ${fmt(TARGETS.lifecyclePerSec)} /s`, life.perSec >= TARGETS.lifecyclePerSec ? 'yes' : 'no'],
      [
        'intake accepted (saturation)',
        `${fmt(saturation.load.okPerSec)} /s`,
        pgWrite ? `${fmt(pgWrite)} tx/s dossier+outbox; ${fmt(pgIntake)} as intake commits` : undefined,
        ratio(saturation.load.okPerSec, pgWrite),
        '—',
        '—',
      ],
      [
        `intake p99 at ${at(TARGETS.intakeP99Rate) ? TARGETS.intakeP99Rate : '?'} /s`,
        `${targetStep?.load.latency.p99 ?? '—'} ms`,
        pgWrite ? `commit ${fmt(rawPg!.shapes[0].points[0].latencyMs, 1)} ms at 1 conn` : undefined,
        times(targetStep?.load.latency.p99, rawPg?.shapes[0].points[0].latencyMs),
        `≤ ${TARGETS.intakeP99AtMs} ms`,
        (targetStep?.load.latency.p99 ?? Infinity) <= TARGETS.intakeP99AtMs && targetStep?.load.okPerSec && targetStep.load.okPerSec >= TARGETS.intakeP99Rate * 0.95 ? 'yes' : 'no',
      ],
      [
        `relay p99 at ${steps[0]?.rate ?? '?'} /s`,
        `${lowStep?.relay.receiptToInbox.p99 ?? '—'} ms`,
        hop3 !== undefined ? `3 JetStream hops p99 ${fmt(hop3, 1)} ms` : undefined,
        times(lowStep?.relay.receiptToInbox.p99, hop3),
        `≤ ${TARGETS.relayP99Ms} ms`,
        (lowStep?.relay.receiptToInbox.p99 ?? Infinity) <= TARGETS.relayP99Ms ? 'yes' : 'no',
      ],
      [
        `relay p99 at ${at(TARGETS.intakeP99Rate) ? TARGETS.intakeP99Rate : '?'} /s`,
        `${targetStep?.relay.receiptToInbox.p99 ?? '—'} ms`,
        hop3 !== undefined ? `3 JetStream hops p99 ${fmt(hop3, 1)} ms` : undefined,
        times(targetStep?.relay.receiptToInbox.p99, hop3),
        `≤ ${TARGETS.relayP99Ms} ms`,
        (targetStep?.relay.receiptToInbox.p99 ?? Infinity) <= TARGETS.relayP99Ms ? 'yes' : 'no',
      ],
      ['public lookup', `${fmt(lookup.okPerSec)} /s`, `${fmt(lookupCeiling)} /s (min of gateway floor, NATS req/reply, pg point read)`, ratio(lookup.okPerSec, lookupCeiling), `≥ ${fmt(TARGETS.lookupPerSec)} /s`, lookup.okPerSec >= TARGETS.lookupPerSec ? 'yes' : 'no'],
      [
        'monthly province statistics',
        stats.monthlyProvinceMs !== undefined ? `${stats.monthlyProvinceMs} ms` : 'not measured',
        undefined,
        undefined,
        `≤ ${TARGETS.statisticsMs} ms`,
        stats.monthlyProvinceMs !== undefined ? (stats.monthlyProvinceMs <= TARGETS.statisticsMs ? 'yes' : 'no') : '—',
      ],
      [
        'largest service RSS (peak)',
        worstRss ? `${rss(worstRss)} MB (${worstRss})` : undefined,
        loaderMb !== undefined ? `~${loaderMb} MB of it is the TypeScript loader` : undefined,
        undefined,
        `≤ ${TARGETS.rssMb} MB`,
        worstRss ? (rss(worstRss) <= TARGETS.rssMb ? 'yes' : loaderMb !== undefined && rss(worstRss) - loaderMb <= TARGETS.rssMb ? 'no (yes without the loader)' : 'no') : '—',
      ],
    ];
    say(table(targetRows, '\nWhere we stand (targets of issue #10; never asserted)'));
    if (!stats.available) say(`  statistics: ${stats.note}`);
    results.serviceErrors = groupErrors(sut.errors());
    if (selfExits.length) say(`\n[bench] WARNING: services exited during the run (restarted by the supervisor; figures around it are suspect):\n  ${selfExits.join('\n  ')}`);
    const grouped = results.serviceErrors as ReturnType<typeof groupErrors>;
    if (grouped.length) say(`\n[bench] errors the services logged (grouped):\n${grouped.slice(0, 10).map((e) => `  ${String(e.count).padStart(4)} × ${e.service}: ${e.msg}`).join('\n')}`);
    results.summary = {
      lifecyclePerSec: life.perSec,
      lifecycleCeilingPerSec: round(lifecycleCeiling, 1),
      intakeSaturationPerSec: saturation.load.okPerSec,
      intakeP99AtTargetRateMs: targetStep?.load.latency.p99,
      relayP99LowMs: lowStep?.relay.receiptToInbox.p99,
      relayP99AtTargetRateMs: targetStep?.relay.receiptToInbox.p99,
      lookupPerSec: lookup.okPerSec,
      lookupCeilingPerSec: round(lookupCeiling, 1),
      maxServiceRssMb: worstRss ? rss(worstRss) : undefined,
      rawPostgresTxPerSec: pgWrite,
      rawPostgresIntakeTxPerSec: pgIntake,
      rawJetStreamPublishPerSec: rawNats ? round(rawNats.publishPerSec, 0) : undefined,
      rawJetStreamConsumePerSec: rawNats ? round(rawNats.consumePerSec, 0) : undefined,
    };
    results.finishedAt = new Date().toISOString();
    results.loadAverageAtEnd = os.loadavg();
    say(`[bench] load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const file = writeResults(root, 'bench', results);
    say(`\n[bench] results: ${file}`);
    return 0;
  } finally {
    out.done();
    say('[bench] stopping and cleaning up');
    await teardown.run((m) => say(`[bench] ${m}`));
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`[bench] failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
