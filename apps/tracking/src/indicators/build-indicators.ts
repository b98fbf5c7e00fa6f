import { Injectable } from '@nestjs/common';
import type { ProcedureResolutionTime, ServiceIndicators, ServiceIndicatorsQuery } from '@motcua/contracts';
import { LegalCalendarSource } from '@motcua/platform';
import { addMeasures, zeroMeasures } from '../counters/measures';
import { nearLateBefore } from '../statistics/due-status';
import { averageResolution, noStocks, type FlowsByTimeUnit } from '../statistics/report-figures';
import { reportPeriod } from '../statistics/report-period';
import { ReportScopes } from '../statistics/report-scopes';
import { StatisticsStore } from '../statistics/statistics-store';
import { ONLINE_CHANNELS, serviceIndicators } from './service-indicators';

/** The Decision 766 indicators of a unit and its children for a period, from the same counters and stocks. */
@Injectable()
export class BuildIndicators {
  constructor(
    private readonly scopes: ReportScopes,
    private readonly store: StatisticsStore,
    private readonly calendar: LegalCalendarSource,
  ) {}

  async execute(query: ServiceIndicatorsQuery, now = new Date()): Promise<ServiceIndicators> {
    const { root, scope } = await this.scopes.resolve(query);
    const period = reportPeriod(query.from, query.to, now);
    const [flows, carried, open] = await Promise.all([
      this.store.flows(scope, period, ['procedure_code', 'channel', 'time_unit']),
      this.store.stocks(scope, period.start, period.start, []),
      this.store.stocks(scope, period.asOf, nearLateBefore(period.asOf, this.calendar.current()), []),
    ]);

    const total = zeroMeasures();
    let receivedOnline = 0;
    const byProcedure = new Map<string, FlowsByTimeUnit>();
    for (const { group, measures } of flows) {
      addMeasures(total, measures);
      if ((ONLINE_CHANNELS as readonly string[]).includes(group.channel)) receivedOnline += measures.received;
      const units = byProcedure.get(group.procedure_code) ?? byProcedure.set(group.procedure_code, new Map()).get(group.procedure_code)!;
      units.set(group.time_unit, addMeasures(units.get(group.time_unit) ?? zeroMeasures(), measures));
    }
    const stocks = noStocks();
    stocks.carriedOver = carried[0]?.total ?? 0;
    if (open[0]) stocks.inProgress = { total: open[0].total, late: open[0].late, nearLate: open[0].nearLate, notYetDue: open[0].notYetDue };

    const averageResolutionTime: ProcedureResolutionTime[] = [...byProcedure.entries()]
      .flatMap(([procedureCode, units]) => averageResolution(units).map((a) => ({ procedureCode, ...a })))
      .sort((a, b) => (a.procedureCode < b.procedureCode ? -1 : 1));
    return {
      unit: root,
      from: period.from,
      to: period.to,
      asOf: period.asOf.toISOString(),
      perspective: scope.perspective,
      indicators: serviceIndicators({ total, receivedOnline, stocks }),
      averageResolutionTime,
    };
  }
}
