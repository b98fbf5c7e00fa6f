/**
 * Statistics at scale: seeds a province's dossiers (1,000,000 by default) into a throwaway database through the code
 * the service runs (fold → figures → counter contributions), then times the reports the gateway asks for, the same
 * reads without counters, and the write path. Prints figures; asserts nothing. The database is dropped at the end.
 *
 *   SWC_NODE_PROJECT=tsconfig.runtime.json node -r @swc-node/register apps/tracking/bench/statistics.bench.ts \
 *     [--dossiers 1000000] [--other 100000] [--keep]
 *
 * Postgres: BENCH_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres (an admin URL:
 * the script creates and drops its own database).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from 'typeorm';
import type { Channel, ProcedureRecord, StaffActor, TimeLimit, UnitRecord } from '@motcua/contracts';
import { createServiceDataSource, messagingTablesMigration, migrateUnderLock, TransactionRunner } from '@motcua/persistence';
import type { LegalCalendarSource } from '@motcua/platform';
import { databaseUrlFor, quoteIdent, withClient } from '@motcua/testing';
import { addDays, createVietnamLegalCalendar, vietnamInstant, weekdayOf, type IsoDay } from '@motcua/working-days';
import { contributionsOf, type CellDelta } from '../src/counters/contributions';
import { CounterStore } from '../src/counters/counter-store';
import { addMeasures, zeroMeasures } from '../src/counters/measures';
import type { DossierFact } from '../src/dossier-facts/dossier-fact';
import { deriveFigures } from '../src/dossier-facts/dossier-figures';
import { applyChange, type FactChange } from '../src/dossier-facts/fact-changes';
import { FactStore } from '../src/dossier-facts/fact-store';
import { FIGURE_COLUMNS, figureValues } from '../src/dossier-facts/figures-row';
import { BuildIndicators } from '../src/indicators/build-indicators';
import type { ReferenceReplica } from '../src/reference/reference-replica';
import { UnitTree } from '../src/reference/unit-tree';
import { BuildStatistics } from '../src/statistics/build-statistics';
import { ReportScopes } from '../src/statistics/report-scopes';
import { StatisticsStore } from '../src/statistics/statistics-store';
import { trackingService } from '../src/tracking.service';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const DOSSIERS = arg('dossiers', 1_000_000);
const OTHER_PROVINCE = arg('other', 100_000);
const KEEP = process.argv.includes('--keep');
const BATCH = 5_000;
/** "Now" for the reports: early January, so December still has dossiers in progress. */
const NOW = new Date(vietnamInstant('2026-01-09', '10:00'));
const calendar = createVietnamLegalCalendar();

// ---------- a deterministic province: 12 districts × 13 communes, 136 procedures in 26 fields (seed 003's counts)

let prngState = 20_251_120;
const random = (): number => {
  // mulberry32
  prngState = (prngState + 0x6d2b79f5) | 0;
  let t = Math.imul(prngState ^ (prngState >>> 15), 1 | prngState);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const units = new Map<string, UnitRecord>();
const unit = (code: string, name: string, type: UnitRecord['type'], parentCode: string | null) =>
  units.set(code, { code, name, type, parentCode, agencyCode: `000.00.${code}.H20`, deskName: `Bộ phận Một cửa ${name}`, validFrom: '2019-01-01', validTo: null });
function province(code: string, districts: number, communes: number): string[] {
  unit(code, `Tỉnh ${code}`, 'province', null);
  const leaves: string[] = [];
  for (let d = 1; d <= districts; d++) {
    const district = `${code}${String(d).padStart(2, '0')}`;
    unit(district, `Huyện ${district}`, 'district', code);
    for (let c = 1; c <= communes; c++) {
      const commune = `${district}${String(c).padStart(2, '0')}`;
      unit(commune, `Xã ${commune}`, 'commune', district);
      leaves.push(commune);
    }
  }
  return leaves;
}
const PROVINCE = '82';
const provinceCommunes = province(PROVINCE, 12, 13);
const otherCommunes = province('91', 4, 6);

const procedures: ProcedureRecord[] = Array.from({ length: 136 }, (_, i) => {
  const timeLimit: TimeLimit = i % 20 === 0 ? { value: 8, unit: 'hours' } : i % 4 === 1 ? { value: 0, unit: 'same-day' } : { value: [3, 5, 7, 10, 15][i % 5], unit: 'working-days' };
  return {
    code: `1.${String(1000 + i).padStart(6, '0')}`,
    name: `Thủ tục ${i + 1}`,
    field: `Lĩnh vực ${(i % 26) + 1}`,
    competence: i % 5 === 0 ? 'district-above-receiving-unit' : 'receiving-unit',
    timeLimit,
    documents: [],
    feeVnd: 0,
    validFrom: '2019-01-01',
    validTo: null,
  };
});
// Zipf-like popularity: a few procedures take most dossiers, as at real desks.
const weights = procedures.map((_, i) => 1 / (i + 1) ** 1.1);
let runningSum = 0;
const cumulative = weights.map((w) => (runningSum += w));
const pickProcedure = (): ProcedureRecord => {
  const r = random() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return procedures[lo];
};
const CHANNELS: Array<[Channel, number]> = [
  ['counter', 0.55],
  ['online', 0.3],
  ['post', 0.05],
  ['hamlet-point', 0.04],
  ['after-hours-counter', 0.03],
  ['zalo', 0.02],
  ['outreach', 0.01],
];
const pickChannel = (): Channel => {
  let r = random();
  for (const [channel, share] of CHANNELS) if ((r -= share) < 0) return channel;
  return 'counter';
};

const workingDays2025: IsoDay[] = [];
for (let day = '2025-01-02'; day <= '2025-12-31'; day = calendar.nextWorkingDay(day)) workingDays2025.push(day);
const at = (day: IsoDay, minutes: number): string => new Date(vietnamInstant(day, '00:00').getTime() + minutes * 60_000).toISOString();

/** One dossier's life as the events would tell it: mostly early, some on time, some late, refusals, supplements… */
function lifeOf(commune: string): FactChange[] {
  const procedure = pickProcedure();
  const channel = pickChannel();
  let day = pick(workingDays2025);
  // The after-hours counter works on Saturdays.
  if (channel === 'after-hours-counter') while (weekdayOf(day) !== 'saturday') day = addDays(day, 1);
  const receivedAt = at(day, 450 + Math.floor(random() * 540));
  const limit = procedure.timeLimit;
  const dueDay = limit.unit === 'working-days' ? calendar.addWorkingDays(day, limit.value) : calendar.workingDayOnOrAfter(day);
  const appointmentAt = limit.unit === 'hours' ? new Date(Date.parse(receivedAt) + limit.value * 3_600_000).toISOString() : at(dueDay, 17 * 60);
  const changes: FactChange[] = [
    {
      kind: 'received',
      reception: { receivingUnitCode: commune, procedureCode: procedure.code, channel, timeLimit: limit, receivedAt, appointmentAt },
    },
    { kind: 'routed', competentUnitCode: procedure.competence === 'receiving-unit' ? commune : units.get(commune)!.parentCode! },
  ];
  if (day >= '2025-12-20' && random() < 0.4) return changes; // still in progress
  let due = dueDay;
  const r = random();
  if (r < 0.05 && limit.unit === 'working-days') {
    const requested = calendar.addWorkingDays(day, 1);
    const back = calendar.addWorkingDays(requested, 2);
    due = calendar.addWorkingDays(back, limit.value);
    changes.push({ kind: 'supplement-requested', requestNumber: 1, at: at(requested, 600) }, { kind: 'supplemented', at: at(back, 540), newAppointmentAt: at(due, 17 * 60) });
    if (r < 0.005) changes.push({ kind: 'supplement-requested', requestNumber: 2, at: at(calendar.addWorkingDays(back, 1), 600) });
  }
  const outcome = random();
  const endDay =
    outcome < 0.7 ? pick([day, calendar.workingDayOnOrAfter(day), due < day ? day : calendar.addWorkingDays(day, Math.floor(random() * 2))])
    : outcome < 0.92 ? due
    : calendar.addWorkingDays(due, 1 + Math.floor(random() * 5));
  if (outcome >= 0.92 && random() < 0.3) changes.push({ kind: 'delayed', at: at(calendar.addWorkingDays(due, -1), 900), newAppointmentAt: at(calendar.addWorkingDays(due, 6), 17 * 60) });
  const endAt = at(endDay < day ? day : endDay, 600 + Math.floor(random() * 300));
  const kind = random();
  if (kind < 0.01) return [...changes, { kind: 'refused', at: endAt }];
  if (kind < 0.015) return [...changes, { kind: 'withdrawn', at: endAt }];
  changes.push({ kind: 'transferred', at: receivedAt }, { kind: 'resolved', at: endAt }, { kind: 'result-ready', at: endAt });
  if (random() < 0.9) {
    const handed = at(calendar.addWorkingDays(endDay < day ? day : endDay, Math.floor(random() * 2)), 900);
    changes.push({ kind: 'handed-over', at: handed });
    if (random() < 0.1) changes.push({ kind: 'rated', rating: random() < 0.08 ? 'dissatisfied' : 'satisfied', at: handed });
  }
  return changes;
}

// ---------- seeding

const INSERT_FACTS = `INSERT INTO tracking.dossier_facts (dossier_code, fact, ${FIGURE_COLUMNS.join(', ')})
  SELECT dossier_code, fact, ${FIGURE_COLUMNS.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(dossier_code text, fact jsonb,
    receiving_unit_code text, competent_unit_code text, procedure_code text, channel text, time_unit text, received_at timestamptz,
    due_at timestamptz, ended_at timestamptz, end_kind text, end_class text, paused_since timestamptz, late_already boolean,
    resolution_time numeric, after_hours boolean, instant_day boolean, awaiting_collection boolean, supplement_days text[],
    delay_day text, bundle text, rating text)`;

interface Expected {
  receivedInNovember: number;
}

async function seed(manager: EntityManager, counters: CounterStore, expected: Expected): Promise<void> {
  const total = DOSSIERS + OTHER_PROVINCE;
  const novemberStart = vietnamInstant('2025-11-01');
  const decemberStart = vietnamInstant('2025-12-01');
  const started = performance.now();
  for (let offset = 0; offset < total; offset += BATCH) {
    const rows: Record<string, unknown>[] = [];
    const cells = new Map<string, CellDelta>();
    for (let i = offset; i < Math.min(total, offset + BATCH); i++) {
      const commune = i < DOSSIERS ? pick(provinceCommunes) : pick(otherCommunes);
      const fact = lifeOf(commune).reduce(applyChange, {} as DossierFact);
      const figures = deriveFigures(fact, calendar)!;
      if (i < DOSSIERS && figures.receivedAt >= novemberStart && figures.receivedAt < decemberStart) expected.receivedInNovember++;
      const values = figureValues(figures).map((v) => (v instanceof Date ? v.toISOString() : v));
      rows.push(Object.fromEntries([['dossier_code', `000.00.00.H20-${String(i).padStart(9, '0')}`], ['fact', fact], ...FIGURE_COLUMNS.map((c, k) => [c, values[k]])]));
      for (const [key, cell] of contributionsOf(figures)) {
        const sum = cells.get(key) ?? { ...cell, measures: zeroMeasures() };
        addMeasures(sum.measures, cell.measures);
        cells.set(key, sum);
      }
    }
    await manager.query(INSERT_FACTS, [JSON.stringify(rows)]);
    await counters.apply(manager, [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, c]) => c));
    if ((offset / BATCH) % 20 === 0) process.stdout.write(`  seeded ${offset + rows.length} dossiers (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  await manager.query(`INSERT INTO tracking.known_codes (kind, code) SELECT 'unit', unnest($1::text[]) ON CONFLICT DO NOTHING`, [[...units.keys()]]);
  await manager.query(`INSERT INTO tracking.known_codes (kind, code) SELECT 'procedure', unnest($1::text[]) ON CONFLICT DO NOTHING`, [procedures.map((p) => p.code)]);
}

// ---------- measuring

async function time<T>(label: string, run: () => Promise<T>, repeat = 10): Promise<T> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    result = await run();
    times.push(performance.now() - t0);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  process.stdout.write(`  ${label.padEnd(62)} first ${times[0].toFixed(1).padStart(7)} ms   median ${median.toFixed(1).padStart(7)} ms   max ${warm.at(-1)!.toFixed(1).padStart(7)} ms\n`);
  return result;
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `bench_tracking_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const dataSource = createServiceDataSource({
    url: databaseUrlFor(adminUrl, name),
    schema: 'tracking',
    migrations: [messagingTablesMigration('tracking'), ...(trackingService.migrations ?? [])],
    poolSize: 4,
  });
  const drop = async () => {
    await dataSource.destroy().catch(() => undefined);
    if (!KEEP) await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  };
  process.once('SIGINT', () => void drop().finally(() => process.exit(130)));
  try {
    await dataSource.initialize();
    await migrateUnderLock(dataSource, 'tracking');
    const counters = new CounterStore();
    const expected: Expected = { receivedInNovember: 0 };
    process.stdout.write(`database ${name}: seeding ${DOSSIERS} dossiers in province ${PROVINCE} (${units.size} units, ${procedures.length} procedures) and ${OTHER_PROVINCE} elsewhere\n`);
    const t0 = performance.now();
    // A bulk load builds secondary indexes afterwards (the migration's own definitions, read back from the catalog).
    const indexes: { name: string; definition: string }[] = await dataSource.query(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
        WHERE schemaname = 'tracking' AND tablename IN ('dossier_facts', 'stat_cells') AND indexname NOT LIKE '%pkey'`,
    );
    for (const index of indexes) await dataSource.query(`DROP INDEX tracking.${quoteIdent(index.name)}`);
    await seed(dataSource.manager, counters, expected);
    for (const index of indexes) await dataSource.query(index.definition);
    await dataSource.query('ANALYZE tracking.dossier_facts; ANALYZE tracking.stat_cells; ANALYZE tracking.known_codes');
    process.stdout.write(`seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    const [sizes] = await dataSource.query(`SELECT
      (SELECT count(*) FROM tracking.stat_cells WHERE grain = 'd') AS day_cells,
      (SELECT count(*) FROM tracking.stat_cells WHERE grain = 'm') AS month_cells,
      pg_size_pretty(pg_total_relation_size('tracking.stat_cells')) AS cells_size,
      pg_size_pretty(pg_total_relation_size('tracking.dossier_facts')) AS facts_size`);
    process.stdout.write(`counters: ${sizes.day_cells} day cells, ${sizes.month_cells} month cells (${sizes.cells_size}); dossier facts ${sizes.facts_size}\n\n`);

    const reference = {
      unit: (code: string) => units.get(code),
      procedure: (code: string) => procedures.find((p) => p.code === code),
      tree: () => new UnitTree((code) => units.get(code)?.parentCode),
    } as unknown as ReferenceReplica;
    const calendarSource = { current: () => calendar } as unknown as LegalCalendarSource;
    const store = new StatisticsStore(dataSource);
    const scopes = new ReportScopes(reference, store);
    const statistics = new BuildStatistics(scopes, store, reference, calendarSource);
    const indicators = new BuildIndicators(scopes, store, calendarSource);
    const admin: StaffActor = { staffId: 'bench', unitCode: PROVINCE, roles: ['province-admin'] };
    const november = { actor: admin, from: '2025-11-01', to: '2025-11-30' };

    process.stdout.write(`reports for province ${PROVINCE} (${DOSSIERS} dossiers), now = ${NOW.toISOString()}:\n`);
    const month = await time('statistics, November 2025 (month cells)', () => statistics.execute(november, NOW));
    await time('statistics, November 2025, one row per district', () => statistics.execute({ ...november, groupBy: 'unit' }, NOW));
    await time('statistics, November 2025, one row per procedure', () => statistics.execute({ ...november, groupBy: 'procedure' }, NOW));
    await time('statistics, November 2025, one row per field', () => statistics.execute({ ...november, groupBy: 'field' }, NOW));
    await time('statistics, 15 Oct – 14 Nov 2025 (day cells)', () => statistics.execute({ ...november, from: '2025-10-15', to: '2025-11-14' }, NOW));
    await time('statistics, December 2025 (in progress measured now)', () => statistics.execute({ ...november, from: '2025-12-01', to: '2025-12-31' }, NOW));
    await time('statistics, the whole of 2025', () => statistics.execute({ ...november, from: '2025-01-01', to: '2025-12-31' }, NOW));
    await time('trend, 2025 by month in one call (groupBy=month)', () => statistics.execute({ ...november, from: '2025-01-01', to: '2025-12-31', groupBy: 'month' }, NOW));
    await time('trend, 2025 by month as 12 calls (what groupBy=month replaces)', () =>
      Promise.all(Array.from({ length: 12 }, (_, m) => {
        const first = `2025-${String(m + 1).padStart(2, '0')}-01`;
        return statistics.execute({ ...november, from: first, to: addDays(`${addDays(`2025-${String(m + 1).padStart(2, '0')}-28`, 4).slice(0, 8)}01`, -1) }, NOW);
      })),
    );
    await time('trend, 26 ISO weeks to 4 Jan 2026 in one call (groupBy=week)', () => statistics.execute({ ...november, from: '2025-07-07', to: '2026-01-04', groupBy: 'week' }, NOW));
    await time('trend, 26 ISO weeks as 26 calls', () =>
      Promise.all(Array.from({ length: 26 }, (_, w) => statistics.execute({ ...november, from: addDays('2025-07-07', 7 * w), to: addDays('2025-07-07', 7 * w + 6) }, NOW))),
    );
    await time('766 indicators, November 2025', () => indicators.execute(november, NOW));
    const district = { ...november, actor: { ...admin, unitCode: `${PROVINCE}01`, roles: ['office-head'] } as StaffActor };
    await time('statistics, November 2025, one district', () => statistics.execute(district, NOW));

    // The same figures without counters: a scan of the dossier facts (what pre-aggregation saves).
    const provinceUnits = [...units.keys()].filter((c) => c.startsWith(PROVINCE));
    await time('without counters: November flows scanned from dossier facts', () =>
      dataSource.query(
        `SELECT count(*) FILTER (WHERE received_at >= $2 AND received_at < $3) AS received,
                count(*) FILTER (WHERE ended_at >= $2 AND ended_at < $3 AND end_class = 'early') AS early,
                count(*) FILTER (WHERE ended_at >= $2 AND ended_at < $3 AND end_class = 'on-time') AS on_time,
                count(*) FILTER (WHERE ended_at >= $2 AND ended_at < $3 AND end_class = 'late') AS late
           FROM tracking.dossier_facts WHERE competent_unit_code = ANY($1::text[])`,
        [provinceUnits, vietnamInstant('2025-11-01'), vietnamInstant('2025-12-01')],
      ),
    );
    const t = month.total;
    process.stdout.write(
      `\nNovember 2025: received ${t.received} (generator: ${expected.receivedInNovember}${t.received === expected.receivedInNovember ? ', same' : ', DIFFERENT'}), carried over ${t.carriedOver}, ` +
        `resolved ${t.resolved.early} early / ${t.resolved.onTime} on time / ${t.resolved.late} late, in progress ${t.inProgress.total}, on-time rate ${t.onTimeRate} %\n\n`,
    );

    // The write path on the big tables: new dossiers, each event in its own transaction as a consumer runs it.
    const runner = new TransactionRunner(dataSource, 'tracking');
    const facts = new FactStore(calendarSource, counters);
    const latencies: number[] = [];
    for (let i = 0; i < 1_000; i++) {
      for (const change of lifeOf(pick(provinceCommunes))) {
        const t1 = performance.now();
        await runner.run((uow) => facts.apply(uow.manager, `000.00.00.H20-9${String(i).padStart(8, '0')}`, change));
        latencies.push(performance.now() - t1);
      }
    }
    latencies.sort((a, b) => a - b);
    const mean = latencies.reduce((s, x) => s + x, 0) / latencies.length;
    process.stdout.write(
      `write path: ${latencies.length} events on 1,000 new dossiers, one transaction each: mean ${mean.toFixed(2)} ms, p95 ${latencies[Math.floor(latencies.length * 0.95)].toFixed(2)} ms\n`,
    );
  } finally {
    await drop();
    process.stdout.write(KEEP ? `kept database ${name}\n` : `dropped database ${name}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
