import { Injectable } from '@nestjs/common';
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
      `SELECT ${[...select(scope, groups), ...MEASURES.map((m) => `sum(${m}) AS ${m}`)].join(', ')}
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
        measures: Object.fromEntries(MEASURES.map((m) => [m, Number(row[m] ?? 0)])) as Measures,
      }));
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
