import type { LegalCalendar } from '@motcua/working-days';
import type { DossierFigures } from '../dossier-facts/dossier-figures';
import { contributionsOf } from '../counters/contributions';
import { addMeasures, zeroMeasures } from '../counters/measures';
import { dueStatusAt, nearLateBefore } from '../statistics/due-status';
import { noStocks, type FlowsByTimeUnit, type Stocks } from '../statistics/report-figures';
import type { ReportPeriod } from '../statistics/report-period';

/**
 * What StatisticsStore reads, computed in memory from dossiers' figures: the period's counters (month cells for whole
 * months, day cells for the rest) and the dossiers open at the period's edges. The reference the SQL is tested against.
 */
export function inMemoryReport(dossiers: readonly DossierFigures[], period: ReportPeriod, calendar: LegalCalendar): { flows: FlowsByTimeUnit; stocks: Stocks } {
  const flows: FlowsByTimeUnit = new Map();
  const inPeriod = (grain: 'd' | 'm', day: string) =>
    grain === 'm'
      ? period.months !== null && day >= period.months.from && day <= period.months.to
      : period.days.some((range) => day >= range.from && day <= range.to);
  for (const d of dossiers) {
    for (const cell of contributionsOf(d).values()) {
      if (!inPeriod(cell.grain, cell.periodStart)) continue;
      flows.set(cell.timeUnit, addMeasures(flows.get(cell.timeUnit) ?? zeroMeasures(), cell.measures));
    }
  }
  const openAt = (d: DossierFigures, x: Date) => d.receivedAt < x && (d.endedAt === null || d.endedAt >= x);
  const stocks = noStocks();
  const threshold = nearLateBefore(period.asOf, calendar);
  for (const d of dossiers) {
    if (openAt(d, period.start)) stocks.carriedOver++;
    if (!openAt(d, period.asOf)) continue;
    stocks.inProgress.total++;
    const status = dueStatusAt(period.asOf, d, threshold);
    if (status === 'late') stocks.inProgress.late++;
    else if (status === 'near-late') stocks.inProgress.nearLate++;
    else stocks.inProgress.notYetDue++;
  }
  return { flows, stocks };
}
