// Builders of API answers for the unit tests (not shipped: only the specs import this file).
import type { DossierStatistics, StatisticsFigures, StatisticsRow } from './types';

export function figures(over: Partial<Omit<StatisticsFigures, 'resolved' | 'inProgress'>> & { resolved?: Partial<StatisticsFigures['resolved']>; inProgress?: Partial<StatisticsFigures['inProgress']> } = {}): StatisticsFigures {
  const resolved = { early: 0, onTime: 0, late: 0, ...over.resolved };
  const inProgress = { late: 0, nearLate: 0, notYetDue: 0, ...over.inProgress };
  const received = over.received ?? 0;
  const carriedOver = over.carriedOver ?? 0;
  return {
    received,
    carriedOver,
    toProcess: received + carriedOver,
    withdrawn: 0,
    refused: 0,
    awaitingCollection: 0,
    lateRate: null,
    onTimeRate: null,
    averageResolutionTime: [],
    afterHours: 0,
    instantDay: 0,
    bundles: { bundles: 0, dossiers: 0 },
    supplementRequests: 0,
    delays: 0,
    refusedAtDesk: 0,
    ...over,
    resolved: { total: resolved.early + resolved.onTime + resolved.late, ...resolved },
    inProgress: { total: inProgress.late + inProgress.nearLate + inProgress.notYetDue, ...inProgress },
  } as StatisticsFigures;
}

export const row = (key: string, label: string, f: StatisticsFigures): StatisticsRow => ({ key, label, ...f });

export function statistics(total: StatisticsFigures, rows: StatisticsRow[] = []): DossierStatistics {
  return { unit: { code: '869', name: 'Chi nhánh' }, from: '2026-11-01', to: '2026-11-30', asOf: '2026-11-21T09:00:00.000Z', perspective: 'competent', groupBy: null, total, rows };
}
