import { Teardown } from '../infra/cleanup';
import { prepareEnvironment } from '../infra/environment';
import { HttpClient, StaffSession } from '../load/http-client';
import { chooseRelayedProcedure, DeskBot, newDossier, OfficeBot, sleep, submitUntilAccepted, type Accepted } from '../system/actors';
import { auditLedger, calibrateProfile, describeCounts, MINIMAL_PROFILE, type AuditReport, type DossierVerdict, type Profile } from '../system/ledger-audit';
import { waitUntilCaughtUp } from '../system/quiesce';
import { SinkReader } from '../system/sink-reader';
import { groupErrors, startSystemUnderLoad, type SystemUnderLoad } from '../system/system-under-load';
import { faultFor, type FaultName, type FaultTargets } from './faults';

export interface DrillPlan {
  /** One node (as `npm start` runs it) or a 3-node cluster with R3 streams (as docker-compose does). */
  topology: 'single' | 'cluster';
  faults: FaultName[];
  /** Dossiers offered per second, steadily, the whole time. */
  rate: number;
  /** Load before the first fault and between faults. */
  steadyMs: number;
  /** How long each fault lasts before it is undone. */
  downMs: number;
  /** Longest wait for the dossiers accepted before a fault to finish after it. */
  recoveryTimeoutMs: number;
  /** Longest wait, after the load stopped, for every accepted dossier to finish. */
  finalTimeoutMs: number;
  verbose?: boolean;
}

export interface FaultOutcome {
  fault: string;
  target: string;
  /** Fault injected → every service answers /health/ready again. */
  healthyAfterMs?: number;
  /** Fault injected → every dossier accepted before it was undone is final. */
  recoveredAfterMs?: number;
  /** Longest time without any 201 at the desk around the fault. */
  intakeGapMs: number;
  acceptedBefore: number;
  /** Accepted before the heal and not final within the recovery timeout. */
  notFinal: number;
  stuckAt: Record<string, number>;
  /** New since the previous fault: dossiers with a doubled effect, provider re-sends, dead letters. */
  duplicated: number;
  resent: number;
  deadLetters: number;
}

export interface DrillReport {
  topology: DrillPlan['topology'];
  infrastructure: string;
  plan: DrillPlan;
  startupMs: number;
  /** Dossiers accepted before the first fault: how long they took to settle, and the profile they set. */
  baseline: { lifecycleP50Ms?: number; dossiers: number; profile: Profile; partial: string[] };
  procedure: string;
  faults: FaultOutcome[];
  offered: number;
  accepted: number;
  refused: { count: number; samples: string[] };
  gaveUp: number;
  completed: number;
  lost: number;
  duplicated: number;
  /** Dossiers intake holds that no desk was told about: doubled receipts, or submissions the client gave up on. */
  unknown: number;
  resent: number;
  submitAttempts: { total: number; retried: number };
  final: AuditReport;
  lostSamples: DossierVerdict[];
  duplicatedSamples: DossierVerdict[];
  /** Dead letters with their errors; any fails the drill (no fault here makes a message unprocessable). */
  deadLetters: { seq: number; consumer: string; subject: string; error: string }[];
  /** Services that exited without being killed by the drill (the supervisor restarted them). */
  selfExits: { atS: number; note: string }[];
  /** Error and fatal lines the services logged, grouped. */
  serviceErrors: { service: string; msg: string; count: number }[];
  durationMs: number;
  passed: boolean;
  problems: string[];
}

export type Say = (text: string) => void;

/**
 * A fault drill: the whole system on a private Postgres and NATS, a steady bounded load of dossiers submitted
 * at a desk (each retried with its idempotency key until accepted), the district office and the desk working
 * their inboxes, and the plan's faults one after the other. After each fault, and at the end, every accepted
 * dossier must reach its final state, every effect exactly once.
 */
export async function runDrill(plan: DrillPlan, say: Say, progress: Say, opts: { handleSignals?: boolean } = {}): Promise<DrillReport> {
  const t0 = performance.now();
  const teardown = new Teardown();
  if (opts.handleSignals) teardown.handleSignals(say);
  try {
    return await drill(plan, say, progress, teardown, t0);
  } finally {
    say('[drill] stopping and cleaning up');
    await teardown.run(say);
  }
}

async function drill(plan: DrillPlan, say: Say, progress: Say, teardown: Teardown, t0: number): Promise<DrillReport> {
  const env = await prepareEnvironment({ kind: 'private', natsNodes: plan.topology === 'cluster' ? 3 : 1, teardown, log: say });
  say(`[drill] ${env.describe}`);
  const start = performance.now();
  // Exits the drill did not cause (not our SIGKILLs): a service that fell over by itself, and when.
  const selfExits: { atS: number; note: string }[] = [];
  const sut: SystemUnderLoad = await startSystemUnderLoad({
    infra: env.infra,
    verbose: plan.verbose,
    // A delivery whose sender died is sent again after its lease: 5 s instead of 60 s keeps the drill short.
    // Messages at any hour (quiet hours would defer them and read as a stalled pipeline).
    env: { NOTIFY_SEND_LEASE_MS: '5000', NOTIFY_SWEEP_MS: '1000', NOTIFY_QUIET_HOURS: 'off' },
    // Supervised like `npm start` runs them: a killed (or crashed) service is started again after downMs.
    restart: { initialDelayMs: plan.downMs, maxDelayMs: plan.downMs * 4, resetAfterMs: 5000 },
    log: (m) => {
      if (/exited unexpectedly/.test(m) && !/signal SIGKILL/.test(m)) selfExits.push({ atS: Math.round((performance.now() - t0) / 100) / 10, note: m.replace(/^\[supervisor\] /, '') });
      say(`[drill] ${m}`);
    },
  });
  teardown.add('system', () => sut.stop());
  const startupMs = Math.round(performance.now() - start);
  say(`[drill] system ready in ${(startupMs / 1000).toFixed(1)} s`);

  const http = new HttpClient(sut.gatewayUrl, { maxSockets: 64, timeoutMs: 10_000 });
  teardown.add('http', () => http.close());
  const clerk = await new StaffSession(http, 'clerk.tanphuoc').login();
  const handler = await new StaffSession(http, 'handler.tanhong').login();
  const head = await new StaffSession(http, 'head.tanhong').login();
  const sink = new SinkReader(sut.sinkFile);
  sink.start(200);
  teardown.add('sink', () => sink.stop());
  const nc = await sut.nats();
  const chosen = await chooseRelayedProcedure(clerk, handler);
  say(`[drill] load: procedure ${chosen.procedure.code}, Tân Phước's desk → unit 869${chosen.tried.length ? ` (not: ${chosen.tried.join('; ')})` : ''}`);

  // Load: one new dossier every 1/rate s, each retried with its key until accepted (bounded by its deadline).
  const accepted: Accepted[] = [...chosen.probes];
  const refused: string[] = [];
  let gaveUp = 0;
  let offered = 0;
  let loadRunning = true;
  const submitters = new Set<Promise<void>>();
  const submitDeadlineMs = Math.max(plan.recoveryTimeoutMs, 120_000);
  const loadLoop = (async () => {
    const ls = performance.now();
    while (loadRunning) {
      const due = Math.floor(((performance.now() - ls) * plan.rate) / 1000) + 1;
      while (offered < due && submitters.size < 2000) {
        offered++;
        const p = submitUntilAccepted(clerk, newDossier(chosen.procedure), performance.now() + submitDeadlineMs).then((r) => {
          if (r.accepted) accepted.push(r.accepted);
          else if (r.refused) refused.push(r.refused);
          else gaveUp++;
        });
        submitters.add(p);
        void p.finally(() => submitters.delete(p));
      }
      await sleep(Math.max(5, 1000 / plan.rate / 2));
    }
  })();
  const office = new OfficeBot({ handler, head, concurrency: 16 });
  const desk = new DeskBot({ clerk, concurrency: 16 });
  office.start();
  desk.start();
  const stopLoad = async (): Promise<void> => {
    loadRunning = false;
    await loadLoop;
    await Promise.allSettled([...submitters]);
  };
  teardown.add('load', async () => {
    loadRunning = false;
    await office.stop();
    await desk.stop();
  });

  let profile: Profile = MINIMAL_PROFILE;
  /** Waits until every dossier accepted before `cutoff` is final; the last audit either way. */
  const settle = async (cutoff: number, timeoutMs: number, label: string): Promise<{ audit: AuditReport; afterMs?: number; codes: string[] }> => {
    const s = performance.now();
    const codes = accepted.filter((a) => a.at <= cutoff).map((a) => a.code);
    let audit = await auditLedger({ databaseUrl: sut.databaseUrl, accepted: codes, prefix: sut.prefix, sink, profile });
    while (audit.notFinal.length > 0 && performance.now() - s < timeoutMs) {
      progress(`${label}: ${audit.final} of ${codes.length} final; ${describeStages(audit.byStage)}; accepted so far ${accepted.length}`);
      await sleep(1000);
      audit = await auditLedger({ databaseUrl: sut.databaseUrl, accepted: codes, prefix: sut.prefix, sink, profile }).catch(() => audit);
    }
    return { audit, afterMs: audit.notFinal.length === 0 ? Math.round(performance.now() - s) : undefined, codes };
  };

  // Baseline: steady load, no fault; how long a dossier takes end to end when nothing breaks.
  say(`[drill] steady load of ${plan.rate} dossiers/s; baseline for ${(plan.steadyMs / 1000).toFixed(0)} s`);
  const baseStart = performance.now();
  while (performance.now() - baseStart < plan.steadyMs) {
    progress(`baseline: ${accepted.length} accepted, ${office.stats.done} resolved, ${desk.stats.done} handed over`);
    await sleep(500);
  }
  const baseCut = performance.now();
  const base = await settle(baseCut, 60_000, 'baseline');
  // What a dossier gets when nothing breaks (after trailing effects, e.g. a message at hand-over, had time to land).
  await sleep(3000);
  const calibration = await calibrateProfile(sut.databaseUrl, base.codes);
  if (calibration.missingFromMinimal.length) throw new Error(`the baseline dossiers lack what every lifecycle has: ${calibration.missingFromMinimal.join(', ')}`);
  profile = calibration.profile;
  say(
    `[drill] a dossier, when nothing breaks: ${Object.keys(profile.timeline).length} timeline events; slip ${describeCounts(profile.handoverSteps)}; messages ${describeCounts(profile.deliveries)}` +
      (calibration.partial.length ? ` (only some have: ${calibration.partial.join('; ')})` : ''),
  );
  const baseline = { lifecycleP50Ms: base.afterMs, dossiers: base.codes.length, profile, partial: calibration.partial };

  const targets: FaultTargets = { sut, nats: env.nats!, postgres: env.postgres!, nc: () => sut.nats() };
  const outcomes: FaultOutcome[] = [];
  // Per fault: what is new since the previous one (the audit itself covers every dossier accepted so far).
  let deadLettersSeen = 0;
  let duplicatedSeen = 0;
  let resentSeen = 0;
  for (const name of plan.faults) {
    const fault = faultFor(targets, name, plan.downMs);
    const injectedAt = performance.now();
    const target = await fault.inject();
    say(`[drill] ${fault.name}: ${target}`);
    const downUntil = injectedAt + fault.downMs;
    while (performance.now() < downUntil) {
      progress(`${fault.name}: down, ${((downUntil - performance.now()) / 1000).toFixed(0)} s to go; load continues (${submitters.size} submissions retrying)`);
      await sleep(200);
    }
    let healthyAfterMs: number | undefined;
    try {
      await fault.heal();
      await sut.system.waitReady(120_000);
      healthyAfterMs = Math.round(performance.now() - injectedAt);
    } catch (err) {
      say(`[drill] ${fault.name}: not healthy again: ${(err as Error).message.split('\n')[0]}`);
    }
    const healedAt = performance.now();
    // Everything accepted up to the heal (plus what was still being retried then) must come out final.
    await sleep(500);
    const r = await settle(healedAt, plan.recoveryTimeoutMs, fault.name);
    const audit = r.audit;
    const all = await auditLedger({ databaseUrl: sut.databaseUrl, accepted: accepted.map((a) => a.code), prefix: sut.prefix, sink, nc, profile });
    const gap = longestGap(
      accepted.map((a) => a.at),
      injectedAt - 2000,
      healedAt + 2000,
    );
    const outcome: FaultOutcome = {
      fault: fault.name,
      target,
      healthyAfterMs,
      recoveredAfterMs: r.afterMs !== undefined ? Math.round(healedAt - injectedAt + r.afterMs + 500) : undefined,
      intakeGapMs: Math.round(gap),
      acceptedBefore: r.codes.length,
      notFinal: audit.notFinal.length,
      stuckAt: Object.fromEntries(Object.entries(audit.byStage).filter(([k]) => k !== 'final')),
      duplicated: all.duplicated.length + all.unknownDossiers.length - duplicatedSeen,
      resent: all.resent.length - resentSeen,
      deadLetters: all.deadLetters.length - deadLettersSeen,
    };
    deadLettersSeen = all.deadLetters.length;
    duplicatedSeen = all.duplicated.length + all.unknownDossiers.length;
    resentSeen = all.resent.length;
    outcomes.push(outcome);
    say(
      `[drill] ${fault.name}: healthy after ${fmtS(outcome.healthyAfterMs)}, ${outcome.acceptedBefore} dossiers accepted before it final after ${fmtS(outcome.recoveredAfterMs)}` +
        (outcome.notFinal ? `; ${outcome.notFinal} NOT final (${describeStages(outcome.stuckAt)})` : '') +
        (outcome.duplicated ? `; ${outcome.duplicated} DUPLICATED` : '') +
        (outcome.deadLetters ? `; ${outcome.deadLetters} new dead letter(s)` : ''),
    );
    const pause = performance.now();
    while (performance.now() - pause < plan.steadyMs / 2) {
      progress(`steady load: ${accepted.length} accepted`);
      await sleep(500);
    }
  }

  say('[drill] stopping the load; waiting for every accepted dossier to finish');
  await stopLoad();
  const end = await settle(performance.now(), plan.finalTimeoutMs, 'final');
  await waitUntilCaughtUp(nc, sut.prefix, 30_000, progress);
  await office.stop();
  await desk.stop();
  sink.poll();
  const final = await auditLedger({ databaseUrl: sut.databaseUrl, accepted: accepted.map((a) => a.code), prefix: sut.prefix, sink, nc, findUnknown: true, profile });
  void end;

  const unknownExplained = Math.min(final.unknownDossiers.length, gaveUp);
  const problems: string[] = [];
  const lost = final.notFinal.length;
  const duplicated = final.duplicated.length + (final.unknownDossiers.length - unknownExplained);
  if (lost) problems.push(`${lost} accepted dossier(s) did not reach their final state`);
  if (duplicated) problems.push(`${duplicated} dossier(s) with a doubled effect`);
  if (refused.length) problems.push(`${refused.length} submission(s) refused with a 4xx: ${refused.slice(0, 3).join('; ')}`);
  // No fault of this drill makes a message unprocessable: every dead letter is a finding (listed with its error).
  const deadLetters = final.deadLetters;
  if (deadLetters.length) problems.push(`${deadLetters.length} dead letter(s): ${deadLetters.slice(0, 3).map((d) => `${d.consumer}: ${d.error}`).join('; ')}`);
  if (Object.keys(final.outboxBacklog).length) problems.push(`outbox rows never published: ${JSON.stringify(final.outboxBacklog)}`);
  if (Object.keys(final.consumerBacklog).length) problems.push(`messages never acknowledged: ${JSON.stringify(final.consumerBacklog)}`);
  if (outcomes.some((o) => o.healthyAfterMs === undefined)) problems.push('a component did not come back');
  const retried = accepted.filter((a) => a.attempts > 1).length;

  return {
    topology: plan.topology,
    infrastructure: env.describe,
    plan,
    startupMs,
    baseline,
    procedure: chosen.procedure.code,
    faults: outcomes,
    offered,
    accepted: accepted.length,
    refused: { count: refused.length, samples: refused.slice(0, 5) },
    gaveUp,
    completed: final.final,
    lost,
    duplicated,
    unknown: final.unknownDossiers.length,
    resent: final.resent.length,
    submitAttempts: { total: accepted.reduce((n, a) => n + a.attempts, 0), retried },
    final,
    lostSamples: final.notFinal.slice(0, 10),
    duplicatedSamples: final.duplicated.slice(0, 10),
    deadLetters,
    selfExits,
    serviceErrors: groupErrors(sut.errors()),
    durationMs: Math.round(performance.now() - t0),
    passed: problems.length === 0,
    problems,
  };
}

function describeStages(byStage: Record<string, number>): string {
  return Object.entries(byStage)
    .filter(([k]) => k !== 'final')
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
}

function fmtS(ms: number | undefined): string {
  return ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`;
}

/** Longest interval without an event in [from, to], the window's edges counting as events. */
export function longestGap(times: number[], from: number, to: number): number {
  const inside = times.filter((t) => t >= from && t <= to).sort((a, b) => a - b);
  let prev = from;
  let gap = 0;
  for (const t of [...inside, to]) {
    gap = Math.max(gap, t - prev);
    prev = t;
  }
  return gap;
}
