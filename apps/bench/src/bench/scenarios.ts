import { Client } from 'pg';
import { DossierReceived, DossierRouted, ResultReady, TransferSent } from '@motcua/contracts';
import { DeskBot, newDossier, OfficeBot, sleep, type NewDossier, type Procedure } from '../system/actors';
import type { EventObserver } from '../system/event-observer';
import { notifiedAt, readDeliveries } from '../system/deliveries';
import type { SinkReader } from '../system/sink-reader';
import type { HttpClient, StaffSession } from '../load/http-client';
import { Latencies, round, type LatencySummary } from '../load/latencies';
import { runClosedLoop, runOpenLoop, type LoadResult, type Outcome } from '../load/open-loop';

export interface Ctx {
  clerk: StaffSession;
  handler: StaffSession;
  head: StaffSession;
  anonymous: HttpClient;
  observer: EventObserver;
  sink: SinkReader;
  databaseUrl: string;
  progress: (text: string) => void;
  /** The relayed procedure the load submits (see chooseRelayedProcedure). */
  procedure: Procedure;
  /** Dossiers accepted so far, with the lookup factor, for the lookup phase. */
  known: { code: string; phoneLast4: string }[];
}

export interface LoadSummary {
  offered: number;
  sent: number;
  ok: number;
  rejected: number;
  errors: number;
  unsent: number;
  okPerSec: number;
  latency: LatencySummary;
  failures: Record<string, number>;
}

export function summarize(r: LoadResult): LoadSummary {
  return {
    offered: r.offered,
    sent: r.sent,
    ok: r.ok,
    rejected: r.rejected,
    errors: r.errors,
    unsent: r.unsent,
    okPerSec: round(r.okPerSec, 1)!,
    latency: r.latency.summary(),
    failures: Object.fromEntries(Object.entries(r.failures).slice(0, 8)),
  };
}

/** One submission: ok on 201; the accepted code is kept with the time of its 201. */
async function submitOnce(ctx: Ctx, d: NewDossier, accepted: Map<string, number>): Promise<{ outcome: Outcome; reason?: string }> {
  const res = await ctx.clerk.post('/api/dossiers', d.body, d.key);
  if (res.status === 201) {
    accepted.set(res.body.dossierCode, performance.now());
    ctx.known.push({ code: res.body.dossierCode, phoneLast4: d.phoneLast4 });
    return { outcome: 'ok' };
  }
  if (res.status === 0) return { outcome: 'error', reason: res.error ?? 'no answer' };
  return { outcome: 'rejected', reason: `${res.status} ${res.body?.code ?? ''}`.trim() };
}

export interface RelayLatency {
  dossiers: number;
  /** 201 at the desk → transfer.sent published by relay (the district inbox lists it from its commit, earlier). */
  receiptToInbox: LatencySummary;
  hops: { name: string; latency: LatencySummary }[];
  /** Dossiers whose transfer was not seen within the wait. */
  missing: number;
  /** After the load stopped, how long until every transfer was out. */
  drainedAfterMs?: number;
}

/** Waits until each accepted dossier's transfer.sent was seen, then measures receipt → inbox and each hop. */
export async function relayLatency(ctx: Ctx, accepted: Map<string, number>, waitMs: number): Promise<RelayLatency> {
  const t0 = performance.now();
  const deadline = t0 + waitMs;
  let missing = accepted.size;
  while (performance.now() < deadline) {
    missing = [...accepted.keys()].filter((c) => ctx.observer.at(c, TransferSent.subject) === undefined).length;
    ctx.progress(`waiting for ${missing} of ${accepted.size} transfers to reach the district inbox`);
    if (missing === 0) break;
    await sleep(200);
  }
  const drainedAfterMs = missing === 0 ? Math.round(performance.now() - t0) : undefined;
  const total = new Latencies();
  const hops = [
    { name: 'receipt 201 → dossier.received published (intake outbox)', from: undefined as string | undefined, to: DossierReceived.subject, l: new Latencies() },
    { name: 'dossier.received → dossier.routed (routing)', from: DossierReceived.subject, to: DossierRouted.subject, l: new Latencies() },
    { name: 'dossier.routed → transfer.sent (relay)', from: DossierRouted.subject, to: TransferSent.subject, l: new Latencies() },
  ];
  for (const [code, at201] of accepted) {
    const sent = ctx.observer.at(code, TransferSent.subject);
    if (sent !== undefined) total.record(sent - at201);
    for (const h of hops) {
      const from = h.from ? ctx.observer.at(code, h.from) : at201;
      const to = ctx.observer.at(code, h.to);
      // The 201 travels back through the gateway while the relay already publishes: clamp at 0.
      if (from !== undefined && to !== undefined) h.l.record(Math.max(0, to - from));
    }
  }
  return {
    dossiers: accepted.size,
    receiptToInbox: total.summary(),
    hops: hops.map((h) => ({ name: h.name, latency: h.l.summary() })),
    missing,
    drainedAfterMs,
  };
}

export interface IntakeStep {
  load: LoadSummary;
  relay: RelayLatency;
}

export async function intakeAtRate(ctx: Ctx, rate: number, seconds: number): Promise<IntakeStep> {
  const accepted = new Map<string, number>();
  const result = await runOpenLoop({
    rate,
    durationMs: seconds * 1000,
    maxInFlight: 1024,
    task: () => submitOnce(ctx, newDossier(ctx.procedure), accepted),
    onTick: (p) => ctx.progress(`intake at ${rate}/s: ${(p.elapsedMs / 1000).toFixed(0)} s, ${p.sent} sent, ${p.ok} accepted, ${p.inFlight} in flight, ${p.queued} waiting`),
  });
  const relay = await relayLatency(ctx, accepted, 60_000);
  return { load: summarize(result), relay };
}

export async function intakeSaturation(ctx: Ctx, concurrency: number, seconds: number): Promise<IntakeStep> {
  const accepted = new Map<string, number>();
  const result = await runClosedLoop({
    concurrency,
    durationMs: seconds * 1000,
    task: () => submitOnce(ctx, newDossier(ctx.procedure), accepted),
    onTick: (p) => ctx.progress(`intake saturation (${concurrency} clients): ${(p.elapsedMs / 1000).toFixed(0)} s, ${p.ok} accepted`),
  });
  const relay = await relayLatency(ctx, accepted, 90_000);
  return { load: summarize(result), relay };
}

export interface LifecycleResult {
  submitted: number;
  completed: number;
  /** Completed dossiers per second, first submission to last completion. */
  perSec: number;
  elapsedMs: number;
  /** Per dossier, 201 → handed over with both result-ready messages delivered. */
  endToEnd: LatencySummary;
  stages: { name: string; latency: LatencySummary }[];
  /** Measured while the phase ran: Postgres commits (all schemas) and events per completed dossier. */
  commitsPerDossier?: number;
  eventsPerDossier?: number;
  incomplete: number;
  botFailures: Record<string, number>;
  submitErrors?: number;
}

async function xactCommits(databaseUrl: string): Promise<number | undefined> {
  const c = new Client({ connectionString: databaseUrl });
  c.on('error', () => undefined);
  try {
    await c.connect();
    const r = await c.query('SELECT xact_commit::bigint AS n FROM pg_stat_database WHERE datname = current_database()');
    return Number(r.rows[0].n);
  } catch {
    return undefined;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * Receipt → routed → transferred → acknowledged/resolved → returned → ready → handed over → notified, every
 * stage running at once: desks submit back to back (`clerks` at a time) for `seconds`, the office and the desk
 * work their inboxes as they fill; the rate at which dossiers come out complete is the lifecycle throughput.
 */
export async function lifecycle(ctx: Ctx, opts: { clerks: number; seconds: number; botConcurrency: number; settleMs: number }): Promise<LifecycleResult> {
  const accepted = new Map<string, number>();
  const resolvedAt = new Map<string, number>();
  const handedAt = new Map<string, number>();
  const office = new OfficeBot({ handler: ctx.handler, head: ctx.head, concurrency: opts.botConcurrency, onResolved: (c, t) => resolvedAt.set(c, t) });
  const desk = new DeskBot({ clerk: ctx.clerk, concurrency: opts.botConcurrency, onHandedOver: (c, t) => handedAt.set(c, t) });
  const commits0 = await xactCommits(ctx.databaseUrl);
  const events0 = ctx.observer.count;
  const t0 = performance.now();
  office.start();
  desk.start();
  // Told = both result-ready messages in the sink; the ledger says which delivery id is which (read each second).
  let told = new Map<string, number>();
  let toldReadAt = 0;
  const refreshTold = async (): Promise<void> => {
    if (performance.now() - toldReadAt < 1000) return;
    toldReadAt = performance.now();
    ctx.sink.poll();
    const rows = await readDeliveries(ctx.databaseUrl, [...accepted.keys()]).catch(() => undefined);
    if (rows) told = notifiedAt(rows, ctx.sink.firstSeen, 'result-ready', ['sms', 'email']);
  };
  const completeAt = (code: string): number | undefined => {
    const h = handedAt.get(code);
    const n = told.get(code);
    return h !== undefined && n !== undefined ? Math.max(h, n) : undefined;
  };
  const countDone = (): number => [...accepted.keys()].filter((c) => completeAt(c) !== undefined).length;
  const load = await runClosedLoop({
    concurrency: opts.clerks,
    durationMs: opts.seconds * 1000,
    task: () => submitOnce(ctx, newDossier(ctx.procedure), accepted),
    onTick: (p) => {
      void refreshTold();
      ctx.progress(`lifecycle: ${(p.elapsedMs / 1000).toFixed(0)} s, ${p.ok} received, ${office.stats.done} resolved, ${desk.stats.done} handed over, ${countDone()} complete`);
    },
  });
  const settleEnd = performance.now() + opts.settleMs;
  let done = countDone();
  while (done < accepted.size && performance.now() < settleEnd) {
    ctx.progress(`lifecycle: desks stopped; ${done} of ${accepted.size} complete (${office.stats.done} resolved, ${desk.stats.done} handed over)`);
    await sleep(250);
    await refreshTold();
    done = countDone();
  }
  toldReadAt = 0;
  await refreshTold();
  await office.stop();
  await desk.stop();
  const commits1 = await xactCommits(ctx.databaseUrl);
  const ends = [...accepted.keys()].map(completeAt).filter((t): t is number => t !== undefined);
  const last = ends.length ? Math.max(...ends) : performance.now();
  const elapsedMs = last - t0;
  const endToEnd = new Latencies();
  const stageDefs: [string, (c: string) => number | undefined, (c: string) => number | undefined][] = [
    ['201 → transfer in the district inbox', (c) => accepted.get(c), (c) => ctx.observer.at(c, TransferSent.subject)],
    ['inbox → resolved (office bot: poll, acknowledge, resolve)', (c) => ctx.observer.at(c, TransferSent.subject), (c) => resolvedAt.get(c)],
    ['resolved → result ready at the desk (relay, intake)', (c) => resolvedAt.get(c), (c) => ctx.observer.at(c, ResultReady.subject)],
    ['result ready → handed over (desk bot: poll, hand over)', (c) => ctx.observer.at(c, ResultReady.subject), (c) => handedAt.get(c)],
    ['result ready → both messages at the citizen (notification)', (c) => ctx.observer.at(c, ResultReady.subject), (c) => told.get(c)],
  ];
  const stages = stageDefs.map(([name]) => ({ name, l: new Latencies() }));
  for (const [code, at201] of accepted) {
    const end = completeAt(code);
    if (end !== undefined) endToEnd.record(end - at201);
    stageDefs.forEach(([, from, to], i) => {
      const a = from(code);
      const b = to(code);
      if (a !== undefined && b !== undefined) stages[i].l.record(Math.max(0, b - a));
    });
  }
  return {
    submitted: accepted.size,
    completed: ends.length,
    perSec: round((ends.length * 1000) / Math.max(elapsedMs, 1), 1)!,
    elapsedMs: Math.round(elapsedMs),
    endToEnd: endToEnd.summary(),
    stages: stages.map((s) => ({ name: s.name, latency: s.l.summary() })),
    commitsPerDossier: commits0 !== undefined && commits1 !== undefined && ends.length ? round((commits1 - commits0) / ends.length, 1) : undefined,
    eventsPerDossier: ends.length ? round((ctx.observer.count - events0) / ends.length, 1) : undefined,
    incomplete: accepted.size - ends.length,
    botFailures: { ...office.stats.failures, ...desk.stats.failures },
    ...(load.errors ? { submitErrors: load.errors } : {}),
  };
}

export interface LookupResult extends LoadSummary {
  notFound: number;
  endpoint: string;
  /** Rows the gateway wrote to identity.public_lookup_attempts per lookup answered (inserts + updates). */
  attemptWritesPerLookup?: number;
}

/** Inserts + updates of the gateway's failed-lookup counter table so far (pg_stat_user_tables). */
async function lookupCounterWrites(databaseUrl: string): Promise<number | undefined> {
  const c = new Client({ connectionString: databaseUrl });
  c.on('error', () => undefined);
  try {
    await c.connect();
    const r = await c.query(
      `SELECT (n_tup_ins + n_tup_upd)::bigint AS n FROM pg_stat_user_tables WHERE schemaname = 'identity' AND relname = 'public_lookup_attempts'`,
    );
    return r.rows.length ? Number(r.rows[0].n) : undefined;
  } catch {
    return undefined;
  } finally {
    await c.end().catch(() => undefined);
  }
}

type Lookup = (code: string, factor: string) => Promise<{ status: number; error?: string }>;

/**
 * The public lookup as the gateway offers it now: `POST /api/public/dossier-status {dossierCode, secondFactor}`, or
 * earlier `GET /api/public/dossiers/:code?secondFactor=…`, or without a factor. The first that answers 200 for a
 * dossier tracking already knows is the one measured.
 */
async function findLookup(ctx: Ctx): Promise<{ endpoint: string; call: Lookup }> {
  const candidates: { endpoint: string; call: Lookup }[] = [
    {
      endpoint: 'POST /api/public/dossier-status',
      call: (code, factor) => ctx.anonymous.request('POST', '/api/public/dossier-status', { body: { dossierCode: code, secondFactor: factor } }),
    },
    { endpoint: 'GET /api/public/dossiers/:code?secondFactor=', call: (code, factor) => ctx.anonymous.request('GET', `/api/public/dossiers/${code}?secondFactor=${factor}`) },
    { endpoint: 'GET /api/public/dossiers/:code', call: (code) => ctx.anonymous.request('GET', `/api/public/dossiers/${code}`) },
  ];
  const probe = ctx.known[0];
  const answers: string[] = [];
  for (const c of candidates) {
    const res = await c.call(probe.code, probe.phoneLast4);
    if (res.status === 200) return c;
    answers.push(`${c.endpoint}: ${res.status || res.error}`);
  }
  throw new Error(`no public lookup endpoint answers for ${probe.code}: ${answers.join('; ')}`);
}

/** The citizen's public status lookup over dossiers accepted in this run, with their second factor. */
export async function lookups(ctx: Ctx, concurrency: number, seconds: number): Promise<LookupResult> {
  const known = ctx.known;
  const lookup = await findLookup(ctx);
  await sleep(1500); // table statistics reach pg_stat_user_tables within a second
  const writes0 = await lookupCounterWrites(ctx.databaseUrl);
  let notFound = 0;
  const result = await runClosedLoop({
    concurrency,
    durationMs: seconds * 1000,
    task: async (i) => {
      const d = known[(i * 7919) % known.length];
      const res = await lookup.call(d.code, d.phoneLast4);
      if (res.status === 200) return { outcome: 'ok' };
      if (res.status === 404) notFound++;
      return res.status === 0 ? { outcome: 'error', reason: res.error } : { outcome: 'rejected', reason: String(res.status) };
    },
    onTick: (p) => ctx.progress(`public lookup (${concurrency} clients): ${(p.elapsedMs / 1000).toFixed(0)} s, ${p.ok} answered`),
  });
  await sleep(1500);
  const writes1 = await lookupCounterWrites(ctx.databaseUrl);
  const attemptWritesPerLookup = writes0 !== undefined && writes1 !== undefined && result.sent ? round((writes1 - writes0) / result.sent, 2) : undefined;
  return { ...summarize(result), notFound, endpoint: lookup.endpoint, attemptWritesPerLookup };
}

/** The gateway's own HTTP ceiling with this generator: GET /health/live, no downstream call. */
export async function httpFloor(ctx: Ctx, gatewayHealth: HttpClient, concurrency: number, seconds: number): Promise<LoadSummary> {
  const result = await runClosedLoop({
    concurrency,
    durationMs: seconds * 1000,
    task: async () => {
      const res = await gatewayHealth.request('GET', '/health/live');
      return res.status === 200 ? { outcome: 'ok' } : { outcome: 'error', reason: String(res.status || res.error) };
    },
    onTick: (p) => ctx.progress(`gateway HTTP floor: ${p.ok} answered`),
  });
  return summarize(result);
}

export interface OverloadRun {
  /** Which gateway answered: the default cap, or a replica started without one. */
  gateway: string;
  offeredPerSec: number;
  sent: number;
  accepted: number;
  acceptedPerSec: number;
  /** Accepted (201), latency from the intended send time (open loop). */
  acceptedLatency: LatencySummary;
  /** 503 `overloaded` (shed at once by the gateway). */
  overloaded: number;
  overloadedLatency: LatencySummary;
  /** 503 `service_unavailable`: the request waited for the RPC timeout. */
  timedOut: number;
  timedOutLatency: LatencySummary;
  /** Every answer, whatever it was: what a desk waits for. */
  allLatency: LatencySummary;
  otherRefusals: Record<string, number>;
  errors: number;
  /** Share of answers that were 503 (any code), in %. */
  share503Pct: number;
}

/**
 * Intake pushed past its capacity: an open loop at `rate` (above what intake accepts at saturation) through the
 * gateway at `session`'s address, no generator-side queue worth the name (2,048 sockets). Every answer is timed from
 * its send, split by what it was: accepted, shed at once (503 overloaded), or a 503 after the RPC timeout.
 */
export async function intakeOverload(ctx: Ctx, session: StaffSession, gateway: string, rate: number, seconds: number): Promise<OverloadRun> {
  const accepted = new Latencies();
  const overloaded = new Latencies();
  const timedOut = new Latencies();
  const all = new Latencies();
  const other: Record<string, number> = {};
  let n503 = 0;
  let answered = 0;
  const result = await runOpenLoop({
    rate,
    durationMs: seconds * 1000,
    maxInFlight: 2048,
    drainMs: 30_000,
    task: async () => {
      const d = newDossier(ctx.procedure);
      const start = performance.now();
      const res = await session.post('/api/dossiers', d.body, d.key);
      const ms = performance.now() - start;
      if (res.status === 0) return { outcome: 'error', reason: res.error ?? 'no answer' };
      answered++;
      all.record(ms);
      if (res.status === 201) {
        accepted.record(ms);
        ctx.known.push({ code: res.body.dossierCode, phoneLast4: d.phoneLast4 });
        return { outcome: 'ok' };
      }
      if (res.status === 503) n503++;
      if (res.status === 503 && res.body?.code === 'overloaded') overloaded.record(ms);
      else if (res.status === 503 && res.body?.code === 'service_unavailable') timedOut.record(ms);
      else {
        const key = `${res.status} ${res.body?.code ?? ''}`.trim();
        other[key] = (other[key] ?? 0) + 1;
      }
      return { outcome: 'rejected', reason: `${res.status} ${res.body?.code ?? ''}`.trim() };
    },
    onTick: (p) => ctx.progress(`overload via ${gateway} at ${rate}/s: ${(p.elapsedMs / 1000).toFixed(0)} s, ${p.sent} sent, ${p.ok} accepted, ${p.inFlight} in flight`),
  });
  return {
    gateway,
    offeredPerSec: rate,
    sent: result.sent,
    accepted: result.ok,
    acceptedPerSec: round(result.okPerSec, 1)!,
    acceptedLatency: result.latency.summary(),
    overloaded: overloaded.count,
    overloadedLatency: overloaded.summary(),
    timedOut: timedOut.count,
    timedOutLatency: timedOut.summary(),
    allLatency: all.summary(),
    otherRefusals: other,
    errors: result.errors + result.unsent,
    share503Pct: round((100 * n503) / Math.max(1, answered), 1)!,
  };
}
