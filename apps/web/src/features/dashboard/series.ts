// API rows turned into what the charts and their tables draw: pure, so the chart and its table fallback always show
// the same numbers.
import { percentOf, sharesOf } from './percent';
import type { Bucket } from './period';
import type { DossierStatistics, ServiceIndicator, ServiceIndicators, StatisticsFigures, StatisticsRow } from './types';

/** The outcome series every chart stacks, in this order (early < on time < late, then what is still open). */
export const OUTCOME_SERIES = ['early', 'onTime', 'late', 'inProgress'] as const;
export type OutcomeSeries = (typeof OUTCOME_SERIES)[number];

export function outcomeOf(f: StatisticsFigures): Record<OutcomeSeries, number> {
  return { early: f.resolved.early, onTime: f.resolved.onTime, late: f.resolved.late, inProgress: f.inProgress.total };
}

export interface TrendPoint {
  bucket: Bucket;
  figures: StatisticsFigures;
}

/** One bar per bucket: resolved early / on time / late in it; also what was received and the on-time rate. */
export interface TrendSeries {
  keys: string[];
  early: number[];
  onTime: number[];
  late: number[];
  received: number[];
  onTimeRate: (number | null)[];
  /** Sums over the buckets (flows add up; rates do not, so none here). */
  totals: { early: number; onTime: number; late: number; received: number };
}

/**
 * The trend's points from one statistics answer grouped by month or week (groupBy=month|week): one per bucket of the
 * period, in order, matched by key ('2026-11', '2026-W47' — the API and bucketsOf write the same keys). A bucket the
 * answer lacks is an error rather than a silent zero.
 */
export function trendPoints(buckets: readonly Bucket[], answer: Pick<DossierStatistics, 'rows'>): TrendPoint[] {
  const byKey = new Map(answer.rows.map((row) => [row.key, row]));
  return buckets.map((bucket) => {
    const row = byKey.get(bucket.key);
    if (!row) throw new Error(`the statistics answer has no row for ${bucket.key}`);
    const { key: _key, label: _label, from: _from, to: _to, ...figures } = row;
    return { bucket, figures };
  });
}

export function trendSeries(points: readonly TrendPoint[]): TrendSeries {
  const pick = (f: (s: StatisticsFigures) => number) => points.map((p) => f(p.figures));
  const early = pick((s) => s.resolved.early);
  const onTime = pick((s) => s.resolved.onTime);
  const late = pick((s) => s.resolved.late);
  const received = pick((s) => s.received);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    keys: points.map((p) => p.bucket.key),
    early,
    onTime,
    late,
    received,
    onTimeRate: points.map((p) => p.figures.onTimeRate),
    totals: { early: sum(early), onTime: sum(onTime), late: sum(late), received: sum(received) },
  };
}

export const OTHERS_KEY = '__others';

export interface BreakdownRow {
  key: string;
  label: string;
  received: number;
  toProcess: number;
  outcome: Record<OutcomeSeries, number>;
  /** Overdue now (in progress past the appointment). */
  overdue: number;
  onTimeRate: number | null;
  /** This row's share of everything received, in % (the shares of all rows sum to 100). */
  receivedShare: number | null;
}

/**
 * Rows of a grouped statistics answer, busiest first (by dossiers to process, then received, then label), each with
 * its share of the received dossiers. The API sorts by label; a head reads the biggest first.
 */
export function breakdownRows(rows: readonly StatisticsRow[]): BreakdownRow[] {
  const shares = sharesOf(rows.map((r) => r.received));
  return rows
    .map((r, i) => ({
      key: r.key,
      label: r.label,
      received: r.received,
      toProcess: r.toProcess,
      outcome: outcomeOf(r),
      overdue: r.inProgress.late,
      onTimeRate: r.onTimeRate,
      receivedShare: shares[i],
    }))
    .sort((a, b) => b.toProcess - a.toProcess || b.received - a.received || a.label.localeCompare(b.label, 'vi'));
}

/** The chart's bars: the `limit` busiest rows, the rest summed into one "others" bar (the table keeps every row). */
export function chartRows(rows: readonly BreakdownRow[], limit: number): BreakdownRow[] {
  if (rows.length <= limit) return [...rows];
  const shown = rows.slice(0, limit - 1);
  const rest = rows.slice(limit - 1);
  const add = (f: (r: BreakdownRow) => number) => rest.reduce((a, r) => a + f(r), 0);
  const outcome = Object.fromEntries(OUTCOME_SERIES.map((s) => [s, add((r) => r.outcome[s])])) as Record<OutcomeSeries, number>;
  const shares = rest.map((r) => r.receivedShare);
  return [
    ...shown,
    {
      key: OTHERS_KEY,
      label: String(rest.length),
      received: add((r) => r.received),
      toProcess: add((r) => r.toProcess),
      outcome,
      overdue: add((r) => r.overdue),
      onTimeRate: null,
      receivedShare: shares.every((s) => s === null) ? null : Math.round(shares.reduce<number>((a, s) => a + (s ?? 0), 0) * 100) / 100,
    },
  ];
}

export interface Headline {
  /** Indicator 2.1 (early + on time, including open dossiers not yet late). */
  onTime: ServiceIndicator | undefined;
  /** Indicator 3.3. */
  online: ServiceIndicator | undefined;
  /** Indicator 5.c, when the API computes it. */
  satisfaction: ServiceIndicator | undefined;
  /** In progress and past the appointment at `asOf`. */
  overdue: number;
  /** Due soon (near-late) at `asOf`. */
  nearLate: number;
  received: number;
  toProcess: number;
  resolvedLate: number;
}

export function headlineOf(statistics: DossierStatistics, indicators: ServiceIndicators | undefined): Headline {
  const find = (code: string) => indicators?.indicators.find((i) => i.code === code && i.available);
  const t = statistics.total;
  return {
    onTime: find('2.1'),
    online: find('3.3'),
    satisfaction: find('5.c'),
    overdue: t.inProgress.late,
    nearLate: t.inProgress.nearLate,
    received: t.received,
    toProcess: t.toProcess,
    resolvedLate: t.resolved.late,
  };
}

/** A campaign's coverage in %, from the API's value, or computed the same way when absent. */
export function coverageOf(targets: number, completed: number, given: number | null): number | null {
  return given ?? percentOf(completed, targets);
}
