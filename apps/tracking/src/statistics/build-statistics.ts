import { Injectable } from '@nestjs/common';
import type { Channel, DossierStatistics, DossierStatisticsQuery, ReportProcedure, SeriesGrouping, StatisticsGrouping } from '@motcua/contracts';
import { LegalCalendarSource } from '@motcua/platform';
import { addMeasures, zeroMeasures, type Measures } from '../counters/measures';
import { ReferenceReplica } from '../reference/reference-replica';
import { nearLateBefore } from './due-status';
import { CHANNEL_LABELS, UNKNOWN_FIELD_LABEL } from './labels';
import { noStocks, toFigures, type FlowsByTimeUnit, type Stocks } from './report-figures';
import { reportPeriod, type ReportPeriod } from './report-period';
import { seriesBuckets } from './report-series';
import { ReportScopes, type ResolvedScope } from './report-scopes';
import { StatisticsStore, type GroupColumn } from './statistics-store';

type RowGrouping = Exclude<StatisticsGrouping, SeriesGrouping>;
const GROUP_COLUMN: Record<RowGrouping, GroupColumn> = { unit: 'unit', procedure: 'procedure_code', field: 'procedure_code', channel: 'channel' };
const isSeries = (grouping: StatisticsGrouping | undefined): grouping is SeriesGrouping => grouping === 'month' || grouping === 'week';

interface RowParts {
  flows: FlowsByTimeUnit;
  stocks: Stocks;
}

const emptyParts = (): RowParts => ({ flows: new Map(), stocks: noStocks() });
const addFlows = (flows: FlowsByTimeUnit, timeUnit: string, measures: Measures) =>
  flows.set(timeUnit, addMeasures(flows.get(timeUnit) ?? zeroMeasures(), measures));
function addInProgress(stocks: Stocks, more: Stocks['inProgress']): void {
  for (const k of ['total', 'late', 'nearLate', 'notYetDue'] as const) stocks.inProgress[k] += more[k];
}

/** The statistics table for a unit and its children: counters for the period's flows, the open-dossier index for stocks. */
@Injectable()
export class BuildStatistics {
  constructor(
    private readonly scopes: ReportScopes,
    private readonly store: StatisticsStore,
    private readonly reference: ReferenceReplica,
    private readonly calendar: LegalCalendarSource,
  ) {}

  async execute(query: DossierStatisticsQuery, now = new Date()): Promise<DossierStatistics> {
    const resolved = await this.scopes.resolve(query);
    const period = reportPeriod(query.from, query.to, now);
    if (isSeries(query.groupBy)) return this.series(resolved, period, query.groupBy, now);
    return this.rows(query as DossierStatisticsQuery & { groupBy?: RowGrouping }, resolved, period);
  }

  private async rows(query: DossierStatisticsQuery & { groupBy?: RowGrouping }, resolved: ResolvedScope, period: ReportPeriod): Promise<DossierStatistics> {
    const { scope, root } = resolved;
    const filtered = scope.procedureCodes !== undefined;
    const groups: GroupColumn[] = query.groupBy ? [GROUP_COLUMN[query.groupBy]] : [];
    const [flows, carried, open, allProcedures] = await Promise.all([
      this.store.flows(scope, period, [...groups, 'time_unit']),
      this.store.stocks(scope, period.start, period.start, groups),
      this.store.stocks(scope, period.asOf, nearLateBefore(period.asOf, this.calendar.current()), groups),
      // The procedure filter's choices: free from the rows unless a procedure or field filter narrowed them.
      query.groupBy === 'procedure' && filtered ? this.store.proceduresWithFlows(scope, period) : undefined,
    ]);

    const grouping = query.groupBy;
    const rowKey = (group: Record<GroupColumn, string>) => (grouping ? this.rowKey(grouping, group, resolved) : '');
    const rows = new Map<string, RowParts>();
    const partsOf = (key: string) => rows.get(key) ?? rows.set(key, emptyParts()).get(key)!;
    for (const row of flows) addFlows(partsOf(rowKey(row.group)).flows, row.group.time_unit, row.measures);
    for (const row of carried) partsOf(rowKey(row.group)).stocks.carriedOver += row.total;
    for (const row of open) addInProgress(partsOf(rowKey(row.group)).stocks, row);

    const total = emptyParts();
    for (const parts of rows.values()) {
      for (const [unit, measures] of parts.flows) addFlows(total.flows, unit, measures);
      total.stocks.carriedOver += parts.stocks.carriedOver;
      addInProgress(total.stocks, parts.stocks.inProgress);
    }
    return {
      unit: root,
      from: period.from,
      to: period.to,
      asOf: period.asOf.toISOString(),
      perspective: scope.perspective,
      groupBy: query.groupBy ?? null,
      total: toFigures(total.flows, total.stocks),
      rows: query.groupBy
        ? [...rows.entries()]
            .map(([key, parts]) => ({ key, label: this.label(grouping!, key), ...toFigures(parts.flows, parts.stocks) }))
            .sort((a, b) => a.label.localeCompare(b.label, 'vi'))
        : [],
      ...(query.groupBy === 'procedure'
        ? { procedures: this.procedureList(allProcedures ?? new Set(flows.filter((row) => Object.values(row.measures).some((v) => v !== 0)).map((row) => row.group.procedure_code))) }
        : {}),
    };
  }

  /**
   * A time series: one row per month or ISO week, each the figures a report of its days alone gives, from one scan of
   * the counters grouped by period and one stab of the open-dossier index per period edge. The total is the same
   * series summed (flows), its first carry-over and its last stock.
   */
  private async series({ scope, root }: ResolvedScope, period: ReportPeriod, grouping: SeriesGrouping, now: Date): Promise<DossierStatistics> {
    const buckets = seriesBuckets(period.from, period.to, grouping).map((bucket) => ({ ...bucket, period: reportPeriod(bucket.from, bucket.to, now) }));
    const calendar = this.calendar.current();
    const points = buckets.flatMap((b) => [
      { at: b.period.start, nearLateBefore: b.period.start },
      { at: b.period.asOf, nearLateBefore: nearLateBefore(b.period.asOf, calendar) },
    ]);
    const [flows, stocks] = await Promise.all([this.store.flowSeries(scope, period, grouping), this.store.stocksAt(scope, points)]);

    const parts = new Map(buckets.map((b) => [b.key, emptyParts()]));
    for (const row of flows) {
      const into = parts.get(row.period);
      if (into) addFlows(into.flows, row.timeUnit, row.measures);
    }
    buckets.forEach((b, i) => {
      const into = parts.get(b.key)!;
      into.stocks.carriedOver = stocks[2 * i].total;
      into.stocks.inProgress = { ...stocks[2 * i + 1] };
    });
    const total = emptyParts();
    for (const p of parts.values()) for (const [unit, measures] of p.flows) addFlows(total.flows, unit, measures);
    total.stocks.carriedOver = parts.get(buckets[0].key)!.stocks.carriedOver;
    total.stocks.inProgress = { ...parts.get(buckets.at(-1)!.key)!.stocks.inProgress };
    return {
      unit: root,
      from: period.from,
      to: period.to,
      asOf: period.asOf.toISOString(),
      perspective: scope.perspective,
      groupBy: grouping,
      total: toFigures(total.flows, total.stocks),
      rows: buckets.map((b) => ({ key: b.key, label: b.label, from: b.from, to: b.to, ...toFigures(parts.get(b.key)!.flows, parts.get(b.key)!.stocks) })),
    };
  }

  private procedureList(codes: Iterable<string>): ReportProcedure[] {
    return [...codes].sort().map((code) => ({ code, name: this.reference.procedure(code)?.name ?? code }));
  }

  /** Units roll up to the root's direct children, so a province reads one row per district. */
  private rowKey(grouping: RowGrouping, group: Record<GroupColumn, string>, { root, tree }: ResolvedScope): string {
    switch (grouping) {
      case 'unit':
        return tree.childOf(root.code, group.unit) ?? group.unit;
      case 'field':
        return this.scopes.fieldOf(group.procedure_code) ?? UNKNOWN_FIELD_LABEL;
      case 'procedure':
        return group.procedure_code;
      case 'channel':
        return group.channel;
    }
  }

  private label(grouping: RowGrouping, key: string): string {
    switch (grouping) {
      case 'unit':
        return this.reference.unit(key)?.name ?? key;
      case 'procedure':
        return this.reference.procedure(key)?.name ?? key;
      case 'field':
        return key;
      case 'channel':
        return CHANNEL_LABELS[key as Channel] ?? key;
    }
  }
}
