import { Injectable } from '@nestjs/common';
import type { Channel, DossierStatistics, DossierStatisticsQuery, StatisticsGrouping } from '@motcua/contracts';
import { LegalCalendarSource } from '@motcua/platform';
import { addMeasures, zeroMeasures, type Measures } from '../counters/measures';
import { ReferenceReplica } from '../reference/reference-replica';
import { nearLateBefore } from './due-status';
import { CHANNEL_LABELS, UNKNOWN_FIELD_LABEL } from './labels';
import { noStocks, toFigures, type FlowsByTimeUnit, type Stocks } from './report-figures';
import { reportPeriod } from './report-period';
import { ReportScopes, type ResolvedScope } from './report-scopes';
import { StatisticsStore, type GroupColumn } from './statistics-store';

const GROUP_COLUMN: Record<StatisticsGrouping, GroupColumn> = { unit: 'unit', procedure: 'procedure_code', field: 'procedure_code', channel: 'channel' };

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
    const { scope, root } = resolved;
    const period = reportPeriod(query.from, query.to, now);
    const groups: GroupColumn[] = query.groupBy ? [GROUP_COLUMN[query.groupBy]] : [];
    const [flows, carried, open] = await Promise.all([
      this.store.flows(scope, period, [...groups, 'time_unit']),
      this.store.stocks(scope, period.start, period.start, groups),
      this.store.stocks(scope, period.asOf, nearLateBefore(period.asOf, this.calendar.current()), groups),
    ]);

    const rowKey = (group: Record<GroupColumn, string>) => (query.groupBy ? this.rowKey(query.groupBy, group, resolved) : '');
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
            .map(([key, parts]) => ({ key, label: this.label(query.groupBy!, key), ...toFigures(parts.flows, parts.stocks) }))
            .sort((a, b) => a.label.localeCompare(b.label, 'vi'))
        : [],
    };
  }

  /** Units roll up to the root's direct children, so a province reads one row per district. */
  private rowKey(grouping: StatisticsGrouping, group: Record<GroupColumn, string>, { root, tree }: ResolvedScope): string {
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

  private label(grouping: StatisticsGrouping, key: string): string {
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
