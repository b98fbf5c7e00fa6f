// The gateway's report shapes this feature reads (statistics, service indicators, outreach coverage, the unit tree),
// from libs/contracts as types only (`import type` is erased from the bundle: none of the contracts' validation code
// reaches the browser). Lists of values are restated here and checked against the contracts' types.
import type { Channel, ReportPerspective, SeriesGrouping } from '@motcua/contracts';

export type {
  AverageResolutionTime,
  CampaignCoverage,
  Channel,
  DossierStatistics,
  OutreachCampaignView,
  OutreachCoverage,
  ProcedureResolutionTime,
  ReportPerspective as Perspective,
  ReportProcedure,
  ServiceIndicator,
  SeriesGrouping,
  ServiceIndicators,
  StatisticsFigures,
  StatisticsGrouping,
  StatisticsRow,
  TimeLimitUnit,
  UnitAlias,
  UnitRecord,
  UnitTreeExport,
} from '@motcua/contracts';

export const CHANNELS = ['counter', 'after-hours-counter', 'online', 'post', 'zalo', 'hamlet-point', 'outreach'] as const satisfies readonly Channel[];

/** Count a dossier at the unit competent to decide it, or at the desk that received it. */
export const PERSPECTIVES = ['competent', 'receiving'] as const satisfies readonly ReportPerspective[];

/** The trend's buckets: the statistics' time series by calendar month or ISO week. */
export const SERIES_GROUPINGS = ['month', 'week'] as const satisfies readonly SeriesGrouping[];
