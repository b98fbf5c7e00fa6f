// The gateway's report shapes this feature reads (libs/contracts: queries/dossier-statistics, service-indicators,
// outreach-coverage, export-units). The web app does not import the contracts library (it carries class-validator),
// so they are restated here, read-only.

export const CHANNELS = ['counter', 'after-hours-counter', 'online', 'post', 'zalo', 'hamlet-point', 'outreach'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Count a dossier at the unit competent to decide it, or at the desk that received it. */
export const PERSPECTIVES = ['competent', 'receiving'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** Rows by child unit, procedure, field or channel; or a time series by calendar month or ISO week. */
export type StatisticsGrouping = 'unit' | 'procedure' | 'field' | 'channel' | 'month' | 'week';
export type TimeLimitUnit = 'working-days' | 'days' | 'hours' | 'same-day';

export interface AverageResolutionTime {
  unit: TimeLimitUnit;
  value: number;
  dossiers: number;
}

/** One row of the one-stop statistics table (DOMAIN.md §4 status vocabulary). */
export interface StatisticsFigures {
  received: number;
  carriedOver: number;
  toProcess: number;
  resolved: { total: number; early: number; onTime: number; late: number };
  inProgress: { total: number; late: number; nearLate: number; notYetDue: number };
  withdrawn: number;
  refused: number;
  awaitingCollection: number;
  lateRate: number | null;
  onTimeRate: number | null;
  averageResolutionTime: AverageResolutionTime[];
  afterHours: number;
  instantDay: number;
  bundles: { bundles: number; dossiers: number };
  supplementRequests: number;
  delays: number;
  refusedAtDesk: number;
}

export interface StatisticsRow extends StatisticsFigures {
  /** Code, field or channel; '2026-11' for a month, '2026-W47' for an ISO week. */
  key: string;
  label: string;
  /** Month and week rows: their first and last day inside the period. */
  from?: string;
  to?: string;
}

export interface ReportProcedure {
  code: string;
  name: string;
}

/** GET /api/reports/statistics */
export interface DossierStatistics {
  unit: { code: string; name: string };
  from: string;
  to: string;
  asOf: string;
  perspective: Perspective;
  groupBy: StatisticsGrouping | null;
  total: StatisticsFigures;
  rows: StatisticsRow[];
  /** groupBy=procedure: the procedures with figures in the period, whatever the procedure filter. */
  procedures?: ReportProcedure[];
}

export interface ServiceIndicator {
  code: string;
  name: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  available: boolean;
  missing?: string;
  formula: string;
}

export interface ProcedureResolutionTime {
  procedureCode: string;
  unit: TimeLimitUnit;
  value: number;
  dossiers: number;
}

/** GET /api/reports/indicators */
export interface ServiceIndicators {
  unit: { code: string; name: string };
  from: string;
  to: string;
  asOf: string;
  perspective: Perspective;
  indicators: ServiceIndicator[];
  averageResolutionTime: ProcedureResolutionTime[];
}

export interface CampaignCoverage {
  campaignId: string;
  /** Null until scheduling's visit events carry the campaign's name. */
  name: string | null;
  unit: { code: string; name: string };
  targets: number;
  completed: number;
  coveragePercent: number | null;
  visits: Record<string, number>;
  lastVisitAt: string;
}

/** GET /api/reports/outreach-coverage */
export interface OutreachCoverage {
  unit: { code: string; name: string };
  campaigns: CampaignCoverage[];
}

export interface UnitRecord {
  code: string;
  name: string;
  type: string;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface UnitAlias {
  code: string;
  successorCode: string;
  since: string;
}

/** GET /api/admin/units (province admins, unit admins, auditors). */
export interface UnitTreeExport {
  on: string | null;
  units: UnitRecord[];
  aliases: UnitAlias[];
}
