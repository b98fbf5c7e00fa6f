import { useApi, type Loaded } from '../../ui/use-api';
import { loadIndicators, loadOutreach, loadStatistics, loadTrend, type OutreachWithNames } from './dashboard-api';
import { reportQuery, type DashboardFilters } from './filters';
import type { TrendPoint } from './series';
import type { DossierStatistics, ServiceIndicators } from './types';

export interface DashboardData {
  /** The main answer: totals (headline) and one row per procedure. */
  byProcedure: Loaded<DossierStatistics>;
  byChannel: Loaded<DossierStatistics>;
  indicators: Loaded<ServiceIndicators>;
  trend: Loaded<TrendPoint[]>;
  outreach: Loaded<OutreachWithNames>;
}

/** Every request of the dashboard for the applied filters; each panel shows its own progress. */
export function useDashboardData(f: DashboardFilters, campaignNames: boolean): DashboardData {
  const key = JSON.stringify(reportQuery(f));
  return {
    byProcedure: useApi((signal) => loadStatistics(f, 'procedure', signal), [key]),
    byChannel: useApi((signal) => loadStatistics(f, 'channel', signal), [key]),
    indicators: useApi((signal) => loadIndicators(f, signal), [key]),
    trend: useApi((signal) => loadTrend(f, signal), [key, f.granularity]),
    outreach: useApi((signal) => loadOutreach(f.unitCode, campaignNames, signal), [f.unitCode, campaignNames]),
  };
}
