import { Injectable } from '@nestjs/common';
import type { SeriesGrouping } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { MEASURES, type Measures } from '../counters/measures';
import type { ReportPeriod } from './report-period';

/** Which dossiers a report reads, already resolved to codes. */
export interface ReportScope {
  /** Count at the competent unit, or at the receiving desk. */
  perspective: 'competent' | 'receiving';
  units: string[];
  /** Undefined = every procedure. */
  procedureCodes?: string[];
  channel?: string;
}

/** Columns a report may group by ('unit' is the perspective's unit column). */
export type GroupColumn = 'unit' | 'procedure_code' | 'channel' | 'time_unit';

export interface FlowRow {
  group: Record<GroupColumn, string>;
  measures: Measures;
}

export interface StockRow {
  group: Record<GroupColumn, string>;
  total: number;
  late: number;
  nearLate: number;
  notYetDue: number;
}

const unitColumn = (scope: ReportScope) => (scope.perspective === 'competent' ? 'competent_unit_code' : 'receiving_unit_code');
const select = (scope: ReportScope, groups: readonly GroupColumn[]) =>
  groups.map((g) => `${g === 'unit' ? unitColumn(scope) : g} AS "${g}"`);
const groupBy = (groups: readonly GroupColumn[]) => (groups.length ? `GROUP BY ${groups.map((_, i) => i + 1).join(', ')}` : '');

function filters(scope: ReportScope, first: number): { sql: string; params: unknown[] } {
  return {
    sql: `${unitColumn(scope)} = ANY($${first}::text[])
      AND ($${first + 1}::text[] IS NULL OR procedure_code = ANY($${first + 1}::text[]))
      AND ($${first + 2}::text IS NULL OR channel = $${first + 2})`,
    params: [scope.units, scope.procedureCodes ?? null, scope.channel ?? null],
  };
}

const sums = MEASURES.map((m) => `sum(${m}) AS ${m}`);
const measuresOf = (row: Record<string, unknown>): Measures => Object.fromEntries(MEASURES.map((m) => [m, Number(row[m] ?? 0)])) as Measures;

/** The key of a cell's month or ISO week, as report-series writes it ('2026-01', '2026-W03'). */
const PERIOD_KEY: Record<SeriesGrouping, string> = {
  month: `to_char(period_start, 'YYYY-MM')`,
  week: `to_char(period_start, 'IYYY-"W"IW')`,
};

export interface SeriesFlowRow {
  period: string;
  timeUnit: string;
  measures: Measures;
}

/** An instant stocks are measured at, with its near-late threshold (see nearLateBefore). */
export interface StockPoint {
  at: Date;
  nearLateBefore: Date;
}

function groupOf(row: Record<string, unknown>, groups: readonly GroupColumn[]): Record<GroupColumn, string> {
  return Object.fromEntries(groups.map((g) => [g, String(row[g])])) as Record<GroupColumn, string>;
}

/** The two reads behind every report: counters summed over the period, and the dossiers open at one instant. */
@Injectable()
export class StatisticsStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Flows: the counters of the period's whole months (month cells) and remaining days (day cells), summed. */
  async flows(scope: ReportScope, period: ReportPeriod, groups: readonly GroupColumn[]): Promise<FlowRow[]> {
    const where = filters(scope, 1);
    const [days1, days2] = period.days;
    const rows = await this.dataSource.query(
      `SELECT ${[...select(scope, groups), ...sums].join(', ')}
         FROM tracking.stat_cells
        WHERE ${where.sql}
          AND ((grain = 'm' AND period_start BETWEEN $4::date AND $5::date)
            OR (grain = 'd' AND (period_start BETWEEN $6::date AND $7::date OR period_start BETWEEN $8::date AND $9::date)))
        ${groupBy(groups)}`,
      [
        ...where.params,
        period.months?.from ?? null,
        period.months?.to ?? null,
        days1?.from ?? null,
        days1?.to ?? null,
        days2?.from ?? null,
        days2?.to ?? null,
      ],
    );
    return rows
      .filter((row: Record<string, unknown>) => row.received !== null)
      .map((row: Record<string, unknown>) => ({
        group: groupOf(row, groups),
        measures: measuresOf(row),
      }));
  }

  /**
   * Flows of a time series in one scan, grouped by month or ISO week and time unit. Months read the same cells as
   * `flows` (month cells inside, day cells at the edges); weeks cross months, so they read the day cells.
   */
  async flowSeries(scope: ReportScope, period: ReportPeriod, grouping: SeriesGrouping): Promise<SeriesFlowRow[]> {
    const where = filters(scope, 1);
    const [days1, days2] = period.days;
    const cells =
      grouping === 'month'
        ? {
            sql: `((grain = 'm' AND period_start BETWEEN $4::date AND $5::date)
              OR (grain = 'd' AND (period_start BETWEEN $6::date AND $7::date OR period_start BETWEEN $8::date AND $9::date)))`,
            params: [period.months?.from ?? null, period.months?.to ?? null, days1?.from ?? null, days1?.to ?? null, days2?.from ?? null, days2?.to ?? null],
          }
        : { sql: `grain = 'd' AND period_start BETWEEN $4::date AND $5::date`, params: [period.from, period.to] };
    const rows = await this.dataSource.query(
      `SELECT ${PERIOD_KEY[grouping]} AS period, time_unit, ${sums.join(', ')}
         FROM tracking.stat_cells
        WHERE ${where.sql} AND ${cells.sql}
        GROUP BY 1, 2`,
      [...where.params, ...cells.params],
    );
    return rows.map((row: Record<string, unknown>) => ({ period: String(row.period), timeUnit: String(row.time_unit), measures: measuresOf(row) }));
  }

  /**
   * Stocks at several instants in one query (a time series: open at each period's start and at each one's end), by
   * the same rule as `stocks`; each instant is a stab into the open-during index. One row per point, in order.
   */
  async stocksAt(scope: ReportScope, points: readonly StockPoint[]): Promise<Omit<StockRow, 'group'>[]> {
    const where = filters(scope, 3);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.i,
              count(d.*) AS total,
              count(d.*) FILTER (WHERE d.status = 1) AS late,
              count(d.*) FILTER (WHERE d.status = 2) AS near_late
         FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS p(at, near_late_before, i)
         LEFT JOIN LATERAL (
           SELECT CASE WHEN late_already OR least(coalesce(paused_since, p.at), p.at) > due_at THEN 1
                       WHEN (paused_since IS NULL OR paused_since > p.at) AND due_at < p.near_late_before THEN 2
                       ELSE 3 END AS status
             FROM tracking.dossier_facts
            WHERE received_at IS NOT NULL
              AND tstzrange(received_at, ended_at, '(]') @> p.at
              AND ${where.sql}
         ) AS d ON true
        GROUP BY p.i
        ORDER BY p.i`,
      [points.map((p) => p.at), points.map((p) => p.nearLateBefore), ...where.params],
    );
    return rows.map((row) => {
      const total = Number(row.total);
      const late = Number(row.late);
      const nearLate = Number(row.near_late);
      return { total, late, nearLate, notYetDue: total - late - nearLate };
    });
  }

  /** Procedures with counters in the period (any measure), whatever procedure filter the scope carries. */
  async proceduresWithFlows(scope: ReportScope, period: ReportPeriod): Promise<string[]> {
    const where = filters({ ...scope, procedureCodes: undefined }, 1);
    const [days1, days2] = period.days;
    const rows = await this.dataSource.query(
      `SELECT DISTINCT procedure_code
         FROM tracking.stat_cells
        WHERE ${where.sql}
          AND ((grain = 'm' AND period_start BETWEEN $4::date AND $5::date)
            OR (grain = 'd' AND (period_start BETWEEN $6::date AND $7::date OR period_start BETWEEN $8::date AND $9::date)))
          AND (${MEASURES.map((m) => `${m} <> 0`).join(' OR ')})
        ORDER BY 1`,
      [...where.params, period.months?.from ?? null, period.months?.to ?? null, days1?.from ?? null, days1?.to ?? null, days2?.from ?? null, days2?.to ?? null],
    );
    return rows.map((r: { procedure_code: string }) => r.procedure_code);
  }

  /**
   * Stocks: dossiers open at `at` (received before it, not ended before it), by due status at `at` — the same rule as
   * dueStatusAt: a paused dossier's clock stands at its supplement request; `nearLateBefore` comes from the calendar.
   */
  async stocks(scope: ReportScope, at: Date, nearLateBefore: Date, groups: readonly GroupColumn[]): Promise<StockRow[]> {
    const where = filters(scope, 3);
    const rows = await this.dataSource.query(
      `SELECT ${[
        ...select(scope, groups),
        'count(*) AS total',
        'count(*) FILTER (WHERE status = 1) AS late',
        'count(*) FILTER (WHERE status = 2) AS near_late',
      ].join(', ')}
         FROM (
           SELECT *,
             CASE WHEN late_already OR least(coalesce(paused_since, $1::timestamptz), $1::timestamptz) > due_at THEN 1
                  WHEN (paused_since IS NULL OR paused_since > $1::timestamptz) AND due_at < $2::timestamptz THEN 2
                  ELSE 3 END AS status
             FROM tracking.dossier_facts
            WHERE received_at IS NOT NULL
              AND tstzrange(received_at, ended_at, '(]') @> $1::timestamptz
              AND ${where.sql}
         ) AS open_dossiers
        ${groupBy(groups)}`,
      [at, nearLateBefore, ...where.params],
    );
    return rows.map((row: Record<string, unknown>) => {
      const total = Number(row.total);
      const late = Number(row.late);
      const nearLate = Number(row.near_late);
      return { group: groupOf(row, groups), total, late, nearLate, notYetDue: total - late - nearLate };
    });
  }

  /** Codes of one kind seen on dossiers (see tracking.known_codes). */
  async knownCodes(kind: 'unit' | 'procedure'): Promise<string[]> {
    const rows = await this.dataSource.query('SELECT code FROM tracking.known_codes WHERE kind = $1', [kind]);
    return rows.map((r: { code: string }) => r.code);
  }
}
