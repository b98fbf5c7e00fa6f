import type { AverageResolutionTime, StatisticsFigures, TimeLimitUnit } from '@motcua/contracts';
import { addMeasures, zeroMeasures, type Measures } from '../counters/measures';

/** Counters of one report row, per procedure time unit (averages are only meaningful within one unit). */
export type FlowsByTimeUnit = Map<string, Measures>;

/** Dossiers open at the start of the period (carried over) and at `asOf` by due status. */
export interface Stocks {
  carriedOver: number;
  inProgress: { total: number; late: number; nearLate: number; notYetDue: number };
}

export const noStocks = (): Stocks => ({ carriedOver: 0, inProgress: { total: 0, late: 0, nearLate: 0, notYetDue: 0 } });

/** Percent with 2 decimals (DOMAIN.md §4: round to 2 decimals; a 0 denominator shows N/A). */
export const percent = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100;

export function totalOf(flows: FlowsByTimeUnit): Measures {
  const total = zeroMeasures();
  for (const measures of flows.values()) addMeasures(total, measures);
  return total;
}

/** Average of Σ ThoiGianGiaiQuyet ÷ resolved dossiers, per time unit (indicator 2.2's arithmetic). */
export function averageResolution(flows: FlowsByTimeUnit): AverageResolutionTime[] {
  return [...flows.entries()]
    .map(([unit, m]) => ({ unit: unit as TimeLimitUnit, sum: m.resolution_time_sum, dossiers: m.resolved_early + m.resolved_on_time + m.resolved_late }))
    .filter((a) => a.dossiers > 0)
    .sort((a, b) => (a.unit < b.unit ? -1 : 1))
    .map((a) => ({ unit: a.unit, value: Math.round((a.sum / a.dossiers) * 100) / 100, dossiers: a.dossiers }));
}

/**
 * One row of the statistics table (DOMAIN.md §4, "status vocabulary"):
 * - toProcess = received + carriedOver (= ended in the period + in progress at asOf);
 * - resolved early / on time / late: resolutions whose end day is in the period (see outcomeOf);
 * - lateRate = (late in progress + ended late) ÷ toProcess; onTimeRate = 100 − lateRate, which equals indicator 2.1.
 */
export function toFigures(flows: FlowsByTimeUnit, stocks: Stocks): StatisticsFigures {
  const m = totalOf(flows);
  const toProcess = m.received + stocks.carriedOver;
  const lateRate = percent(stocks.inProgress.late + m.ended_late, toProcess);
  return {
    received: m.received,
    carriedOver: stocks.carriedOver,
    toProcess,
    resolved: {
      total: m.resolved_early + m.resolved_on_time + m.resolved_late,
      early: m.resolved_early,
      onTime: m.resolved_on_time,
      late: m.resolved_late,
    },
    inProgress: { ...stocks.inProgress },
    withdrawn: m.withdrawn,
    refused: m.refused,
    awaitingCollection: m.awaiting_collection,
    lateRate,
    onTimeRate: lateRate === null ? null : Math.round((100 - lateRate) * 100) / 100,
    averageResolutionTime: averageResolution(flows),
    afterHours: m.received_after_hours,
    instantDay: m.received_instant,
    bundles: { bundles: m.bundles, dossiers: m.bundle_dossiers },
    supplementRequests: m.supplement_requests,
    delays: m.delays,
    refusedAtDesk: m.refused_at_desk,
  };
}
