import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import { deliveryKind } from './deliveries';
import { LIFECYCLE_EVENTS } from './event-observer';
import type { SinkReader } from './sink-reader';

/**
 * What the relayed-dossier lifecycle leaves behind for one dossier, and how many times: timeline events, steps of
 * the control slip (a head-approved result puts 'resolved' on it twice: submitted for signature, then signed and
 * sent back), messages (kind|channel). A drill calibrates it on dossiers that finished before any fault
 * (`calibrateProfile`): the services add steps and messages as they grow, and the drill follows without edits.
 * More than the profile's count is a doubled effect; anything outside the profile may appear at most once.
 */
export interface Profile {
  timeline: Record<string, number>;
  handoverSteps: Record<string, number>;
  deliveries: Record<string, number>;
}

const once = (keys: string[]): Record<string, number> => Object.fromEntries(keys.map((k) => [k, 1]));

/** What every version of the system has done so far; a calibrated profile must contain it. */
export const MINIMAL_PROFILE: Profile = {
  timeline: once([LIFECYCLE_EVENTS[0], LIFECYCLE_EVENTS[2], LIFECYCLE_EVENTS[7]]),
  handoverSteps: once(['sent']),
  /** The applicant gave a phone and an e-mail address. 'result-ready' covers its variants (desk, post, home). */
  deliveries: once(['receipt|sms', 'receipt|email', 'result-ready|sms', 'result-ready|email']),
};

/** "received ×1, resolved ×2" */
export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, n]) => (n === 1 ? k : `${k} ×${n}`))
    .join(', ');
}

const EXPECTED_STATUS = { intake: 'handed-over', transfer: 'resolved' } as const;

export type Stage =
  | 'not in intake'
  | 'received (no transfer yet)'
  | 'transfer open'
  | 'resolved (result not at the desk)'
  | 'result ready (not handed over)'
  | 'handed over (timeline incomplete)'
  | 'handed over (notifications pending)'
  | 'final';

export interface DossierVerdict {
  code: string;
  stage: Stage;
  /** Effects found more than once: "handover returned ×2", "sink sms result-ready ×2 ids". */
  doubled: string[];
  /** Same delivery sent to the provider more than once (same delivery id: a provider that dedupes by it sends once). */
  resent: string[];
}

export interface AuditReport {
  checkedAt: string;
  accepted: number;
  final: number;
  /** Accepted dossiers not final (at the end of a drill: lost). */
  notFinal: DossierVerdict[];
  /** Accepted dossiers with a doubled effect, and dossiers in intake nobody was told about. */
  duplicated: DossierVerdict[];
  unknownDossiers: string[];
  /** Provider re-sends under one delivery id (explained: crash between the provider call and its ledger mark). */
  resent: DossierVerdict[];
  outboxBacklog: Record<string, number>;
  /** Messages a durable consumer has not acknowledged (pending + in flight), per consumer with any. */
  consumerBacklog: Record<string, number>;
  deadLetters: DeadLetterNote[];
  byStage: Record<string, number>;
}

export interface DeadLetterNote {
  seq: number;
  consumer: string;
  subject: string;
  error: string;
}

const SCHEMAS = ['identity', 'intake', 'routing', 'relay', 'scheduling', 'notification', 'tracking'];

interface Rows {
  intake: Map<string, string>;
  transfers: Map<string, string[]>;
  handovers: Map<string, Map<string, number>>;
  timeline: Map<string, Map<string, number>>;
  deliveries: Map<string, { id: string; key: string; kind: string; status: string }[]>;
}

async function readRows(databaseUrl: string, codes?: readonly string[]): Promise<Rows & { outbox: Record<string, number> }> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000, statement_timeout: 60_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const only = codes ? codes : null;
    const q = async (sql: string): Promise<any[]> => (await client.query(sql, [only])).rows;
    const intake = new Map<string, string>();
    for (const r of await q(`SELECT code, status FROM intake.dossiers WHERE ($1::text[] IS NULL OR code = ANY($1))`)) intake.set(r.code, r.status);
    const transfers = new Map<string, string[]>();
    for (const r of await q(`SELECT dossier_code, status FROM relay.transfers WHERE ($1::text[] IS NULL OR dossier_code = ANY($1))`)) {
      transfers.set(r.dossier_code, [...(transfers.get(r.dossier_code) ?? []), r.status]);
    }
    const counted = async (sql: string): Promise<Map<string, Map<string, number>>> => {
      const out = new Map<string, Map<string, number>>();
      for (const r of await q(sql)) {
        let m = out.get(r.code);
        if (!m) out.set(r.code, (m = new Map()));
        m.set(r.what, Number(r.n));
      }
      return out;
    };
    const handovers = await counted(
      `SELECT dossier_code AS code, step AS what, count(*) AS n FROM relay.handovers WHERE ($1::text[] IS NULL OR dossier_code = ANY($1)) GROUP BY 1, 2`,
    );
    const timeline = await counted(
      `SELECT dossier_code AS code, event AS what, count(*) AS n FROM tracking.timeline WHERE ($1::text[] IS NULL OR dossier_code = ANY($1)) GROUP BY 1, 2`,
    );
    const deliveries = new Map<string, { id: string; key: string; kind: string; status: string }[]>();
    for (const r of await q(
      `SELECT id::text AS id, dossier_code, template, channel, status FROM notification.deliveries WHERE ($1::text[] IS NULL OR dossier_code = ANY($1))`,
    )) {
      deliveries.set(r.dossier_code, [...(deliveries.get(r.dossier_code) ?? []), { id: r.id, key: `${r.template}|${r.channel}`, kind: `${deliveryKind(r.template)}|${r.channel}`, status: r.status }]);
    }
    const outbox: Record<string, number> = {};
    for (const schema of SCHEMAS) {
      try {
        const [r] = (await client.query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL`)).rows;
        if (r.n > 0) outbox[schema] = r.n;
      } catch {
        // a service without an outbox table
      }
    }
    return { intake, transfers, handovers, timeline, deliveries, outbox };
  } finally {
    await client.end().catch(() => undefined);
  }
}

function judge(code: string, rows: Rows, profile: Profile, sink?: SinkReader): DossierVerdict {
  const doubled: string[] = [];
  const resent: string[] = [];
  const status = rows.intake.get(code);
  const transfers = rows.transfers.get(code) ?? [];
  const handovers = rows.handovers.get(code) ?? new Map<string, number>();
  const timeline = rows.timeline.get(code) ?? new Map<string, number>();
  const deliveries = rows.deliveries.get(code) ?? [];

  const allowed = (counts: Record<string, number>, key: string): number => counts[key] ?? 1;
  if (transfers.length > 1) doubled.push(`transfer ×${transfers.length}`);
  for (const [step, n] of handovers) if (n > allowed(profile.handoverSteps, step)) doubled.push(`slip ${step} ×${n}`);
  for (const [event, n] of timeline) if (n > allowed(profile.timeline, event)) doubled.push(`timeline ${event} ×${n}`);
  const perKind = new Map<string, number>();
  for (const d of deliveries) perKind.set(d.kind, (perKind.get(d.kind) ?? 0) + 1);
  for (const [kind, n] of perKind) if (n > allowed(profile.deliveries, kind)) doubled.push(`message ${kind} ×${n}`);
  if (sink) {
    for (const d of deliveries) {
      const calls = sink.callsPerDelivery.get(d.id) ?? 0;
      if (calls > 1) resent.push(`${d.key} sent ×${calls} (one delivery id)`);
    }
  }

  const delivered = new Map<string, number>();
  for (const d of deliveries) if (d.status === 'delivered') delivered.set(d.kind, (delivered.get(d.kind) ?? 0) + 1);
  const short = (want: Record<string, number>, have: Map<string, number>): boolean => Object.entries(want).some(([k, n]) => (have.get(k) ?? 0) < n);
  const sentToCitizen = (d: { id: string }): boolean => !sink || (sink.callsPerDelivery.get(d.id) ?? 0) > 0;
  let stage: Stage;
  if (!status) stage = 'not in intake';
  else if (transfers.length === 0) stage = 'received (no transfer yet)';
  else if (!transfers.includes(EXPECTED_STATUS.transfer)) stage = 'transfer open';
  else if (status !== 'result-ready' && status !== EXPECTED_STATUS.intake) stage = 'resolved (result not at the desk)';
  else if (status !== EXPECTED_STATUS.intake) stage = 'result ready (not handed over)';
  else if (short(profile.timeline, timeline) || short(profile.handoverSteps, handovers)) stage = 'handed over (timeline incomplete)';
  else if (short(profile.deliveries, delivered) || !deliveries.every(sentToCitizen)) stage = 'handed over (notifications pending)';
  else stage = 'final';
  return { code, stage, doubled, resent };
}

/**
 * Checks every accepted dossier in the system's own tables (read-only; the schemas are the services', the columns
 * used are their first migrations'), the notification sink, the JetStream consumers and the dead-letter stream.
 */
export async function auditLedger(opts: {
  databaseUrl: string;
  accepted: readonly string[];
  nc?: NatsConnection;
  prefix: string;
  sink?: SinkReader;
  /** Also look for dossiers in intake that nobody was told were accepted (doubled receipts). */
  findUnknown?: boolean;
  profile?: Profile;
}): Promise<AuditReport> {
  opts.sink?.poll();
  const rows = await readRows(opts.databaseUrl, opts.findUnknown ? undefined : opts.accepted);
  const accepted = new Set(opts.accepted);
  const verdicts = opts.accepted.map((code) => judge(code, rows, opts.profile ?? MINIMAL_PROFILE, opts.sink));
  const byStage: Record<string, number> = {};
  for (const v of verdicts) byStage[v.stage] = (byStage[v.stage] ?? 0) + 1;
  const unknownDossiers = opts.findUnknown ? [...rows.intake.keys()].filter((c) => !accepted.has(c)) : [];
  const report: AuditReport = {
    checkedAt: new Date().toISOString(),
    accepted: accepted.size,
    final: byStage.final ?? 0,
    notFinal: verdicts.filter((v) => v.stage !== 'final'),
    duplicated: verdicts.filter((v) => v.doubled.length > 0),
    unknownDossiers,
    resent: verdicts.filter((v) => v.resent.length > 0),
    outboxBacklog: rows.outbox,
    consumerBacklog: {},
    deadLetters: [],
    byStage,
  };
  if (opts.nc) {
    const jsm = await jetstreamManager(opts.nc, { timeout: 10_000 });
    report.consumerBacklog = await consumerBacklog(jsm, opts.prefix);
    report.deadLetters = await deadLetters(jsm, opts.prefix);
  }
  return report;
}

/**
 * The profile of dossiers that finished without a fault: each effect with the count they all share. An effect some
 * have and others not, or with differing counts, is left out (at most once is then allowed) and reported. The
 * profile must include the minimal one.
 */
export async function calibrateProfile(databaseUrl: string, codes: readonly string[]): Promise<{ profile: Profile; partial: string[]; missingFromMinimal: string[] }> {
  const rows = await readRows(databaseUrl, codes);
  const counted = (entries: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const e of entries) m.set(e, (m.get(e) ?? 0) + 1);
    return m;
  };
  const per = codes.map((code) => ({
    timeline: rows.timeline.get(code) ?? new Map<string, number>(),
    handoverSteps: rows.handovers.get(code) ?? new Map<string, number>(),
    deliveries: counted((rows.deliveries.get(code) ?? []).filter((d) => d.status === 'delivered').map((d) => d.kind)),
  }));
  const partial: string[] = [];
  const pick = (key: keyof Profile): Record<string, number> => {
    const out: Record<string, number> = {};
    const all = new Set(per.flatMap((p) => [...p[key].keys()]));
    for (const x of [...all].sort()) {
      const counts = per.map((p) => p[key].get(x) ?? 0);
      if (counts.every((n) => n === counts[0])) out[x] = counts[0];
      else partial.push(`${key} ${x} (counts ${[...new Set(counts)].sort().join('/')} over ${per.length})`);
    }
    return out;
  };
  const profile: Profile = { timeline: pick('timeline'), handoverSteps: pick('handoverSteps'), deliveries: pick('deliveries') };
  const missingFromMinimal = (Object.keys(MINIMAL_PROFILE) as (keyof Profile)[]).flatMap((k) =>
    Object.keys(MINIMAL_PROFILE[k])
      .filter((x) => !profile[k][x])
      .map((x) => `${k} ${x}`),
  );
  return { profile, partial, missingFromMinimal };
}

async function consumerBacklog(jsm: JetStreamManager, prefix: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const streams: string[] = [];
  for await (const name of jsm.streams.names()) if (name.startsWith(`${prefix.toUpperCase()}_`) && name.endsWith('_EVENTS')) streams.push(name);
  for (const stream of streams) {
    for await (const c of jsm.consumers.list(stream)) {
      const n = c.num_pending + c.num_ack_pending;
      if (n > 0) out[c.name] = n;
    }
  }
  return out;
}

async function deadLetters(jsm: JetStreamManager, prefix: string): Promise<DeadLetterNote[]> {
  const stream = `${prefix}_dead_letters`.toUpperCase();
  let info;
  try {
    info = await jsm.streams.info(stream);
  } catch {
    return [];
  }
  const out: DeadLetterNote[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && out.length < 100; seq++) {
    const m = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (!m) continue;
    out.push({
      seq,
      consumer: m.header.get('Motcua-Consumer'),
      subject: m.header.get('Motcua-Original-Subject'),
      error: m.header.get('Motcua-Dead-Letter-Error').slice(0, 300),
    });
  }
  return out;
}
