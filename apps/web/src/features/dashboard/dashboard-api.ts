// The report endpoints this feature reads (apps/gateway/src/reports, tracking behind them).
import { api } from '../../api/api-client';
import { reportQuery, type DashboardFilters } from './filters';
import { mapLimit } from './map-limit';
import { bucketsOf } from './period';
import type { TrendPoint } from './series';
import type { DossierStatistics, OutreachCoverage, ServiceIndicators, StatisticsGrouping, UnitTreeExport } from './types';

/** Trend requests in flight at once (one per month or week). */
const TREND_CONCURRENCY = 3;

export function loadStatistics(f: DashboardFilters, groupBy: StatisticsGrouping | undefined, signal: AbortSignal): Promise<DossierStatistics> {
  return api.get<DossierStatistics>('/api/reports/statistics', { query: { ...reportQuery(f), groupBy }, signal });
}

export function loadIndicators(f: DashboardFilters, signal: AbortSignal): Promise<ServiceIndicators> {
  return api.get<ServiceIndicators>('/api/reports/indicators', { query: reportQuery(f), signal });
}

/** The statistics API answers one period: the trend asks once per bucket. */
export function loadTrend(f: DashboardFilters, signal: AbortSignal): Promise<TrendPoint[]> {
  return mapLimit(bucketsOf(f), TREND_CONCURRENCY, async (bucket) => ({
    bucket,
    figures: (await api.get<DossierStatistics>('/api/reports/statistics', { query: reportQuery(f, bucket), signal })).total,
  }));
}

/** Coverage, and the campaigns' names where the reader may open a campaign (the coverage carries only its id). */
export async function loadOutreach(unitCode: string | undefined, withNames: boolean, signal: AbortSignal): Promise<OutreachWithNames> {
  const coverage = await api.get<OutreachCoverage>('/api/reports/outreach-coverage', { query: { unitCode }, signal });
  const names = new Map<string, string>();
  if (withNames) {
    await mapLimit(coverage.campaigns, TREND_CONCURRENCY, async (c) => {
      try {
        names.set(c.campaignId, (await api.get<{ name: string }>(`/api/outreach/campaigns/${encodeURIComponent(c.campaignId)}`, { signal })).name);
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
