// The report endpoints this feature reads (apps/gateway/src/reports, tracking behind them).
import { api } from '../../api/api-client';
import { reportQuery, type DashboardFilters } from './filters';
import { mapLimit } from './map-limit';
import { bucketsOf } from './period';
import { trendPoints, type TrendPoint } from './series';
import type { DossierStatistics, OutreachCampaignView, OutreachCoverage, ServiceIndicators, StatisticsGrouping, UnitTreeExport } from './types';

/** Campaign-name requests in flight at once (only for campaigns whose coverage carries no name). */
const NAME_CONCURRENCY = 3;

export function loadStatistics(f: DashboardFilters, groupBy: StatisticsGrouping | undefined, signal: AbortSignal): Promise<DossierStatistics> {
  return api.get<DossierStatistics>('/api/reports/statistics', { query: { ...reportQuery(f), groupBy }, signal });
}

export function loadIndicators(f: DashboardFilters, signal: AbortSignal): Promise<ServiceIndicators> {
  return api.get<ServiceIndicators>('/api/reports/indicators', { query: reportQuery(f), signal });
}

/** The trend in one call: the statistics grouped by month or ISO week over the period. */
export async function loadTrend(f: DashboardFilters, signal: AbortSignal): Promise<TrendPoint[]> {
  const answer = await api.get<DossierStatistics>('/api/reports/statistics', { query: { ...reportQuery(f), groupBy: f.granularity }, signal });
  return trendPoints(bucketsOf(f), answer);
}

/**
 * Coverage with the campaigns' names as the coverage gives them; a campaign whose visits predate names is looked up
 * where the reader may open a campaign (unit admins and auditors), else shown by its id.
 */
export async function loadOutreach(unitCode: string | undefined, withNames: boolean, signal: AbortSignal): Promise<OutreachWithNames> {
  const coverage = await api.get<OutreachCoverage>('/api/reports/outreach-coverage', { query: { unitCode }, signal });
  const names = new Map<string, string>();
  for (const c of coverage.campaigns) if (c.name) names.set(c.campaignId, c.name);
  if (withNames) {
    await mapLimit(coverage.campaigns.filter((c) => !c.name), NAME_CONCURRENCY, async (c) => {
      try {
        names.set(c.campaignId, (await api.get<OutreachCampaignView>(`/api/outreach/campaigns/${encodeURIComponent(c.campaignId)}`, { signal })).name);
      } catch (err) {
        if ((err as Error).name === 'AbortError') throw err;
        // A name is a nicety: the panel shows the campaign's id instead.
      }
    });
  }
  return { coverage, names };
}

export interface OutreachWithNames {
  coverage: OutreachCoverage;
  names: ReadonlyMap<string, string>;
}

export function loadUnits(signal: AbortSignal): Promise<UnitTreeExport> {
  return api.get<UnitTreeExport>('/api/admin/units', { signal });
}
