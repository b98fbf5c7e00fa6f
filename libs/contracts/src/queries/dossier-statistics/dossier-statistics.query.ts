import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { CHANNELS, type Channel } from '../../values/channels';
import type { TimeLimitUnit } from '../../values/time-limit';

/** A calendar day, Vietnam time. Official monthly reports often run 15th to 14th, so periods are days, not months. */
export const REPORT_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Count a dossier at the unit competent to decide it, or at the desk that received it. */
export const REPORT_PERSPECTIVES = ['competent', 'receiving'] as const;
export type ReportPerspective = (typeof REPORT_PERSPECTIVES)[number];

/** Rows by child unit, procedure, field or channel; or a time series by calendar month or ISO week (Vietnam days). */
export const STATISTICS_GROUPINGS = ['unit', 'procedure', 'field', 'channel', 'month', 'week'] as const;
export type StatisticsGrouping = (typeof STATISTICS_GROUPINGS)[number];
/** The groupings that split the period into consecutive periods (one row each, in order, empty ones included). */
export const SERIES_GROUPINGS = ['month', 'week'] as const satisfies readonly StatisticsGrouping[];
export type SeriesGrouping = (typeof SERIES_GROUPINGS)[number];

/** Which dossiers a report covers: a unit and every unit under it, a period of days, optional filters. */
export class ReportFilter extends StaffQueryEnvelope {
  /** The actor's own unit when absent. */
  @IsOptional() @IsString() @Length(1, 32) unitCode?: string;
  /** First day of the period (inclusive), Vietnam time. */
  @Matches(REPORT_DAY_PATTERN, { message: 'phải là ngày viết dạng YYYY-MM-DD' }) from: string;
  /** Last day of the period (inclusive), Vietnam time. */
  @Matches(REPORT_DAY_PATTERN, { message: 'phải là ngày viết dạng YYYY-MM-DD' }) to: string;
  @IsOptional() @IsString() @Length(1, 64) procedureCode?: string;
  /** The procedure's field (lĩnh vực), e.g. "Hộ tịch". */
  @IsOptional() @IsString() @Length(1, 200) field?: string;
  @IsOptional() @IsIn(CHANNELS) channel?: Channel;
  @IsOptional() @IsIn(REPORT_PERSPECTIVES) perspective?: ReportPerspective;
}

export class DossierStatisticsQuery extends ReportFilter {
  /**
   * One row per direct child unit (its subtree rolled up), procedure, field or channel, besides the total; or one row
   * per calendar month ('2026-01') or ISO week ('2026-W03') of the period, the first and last clipped to it, each row
   * the figures a report of just its days would give.
   */
  @IsOptional() @IsIn(STATISTICS_GROUPINGS) groupBy?: StatisticsGrouping;
}

/** Average resolution time of the dossiers resolved in the period, in the time unit their procedures use. */
export interface AverageResolutionTime {
  unit: TimeLimitUnit;
  value: number;
  dossiers: number;
}

/** The one-stop statistics table (status vocabulary of DOMAIN.md §4): flows in the period, stocks at its edges. */
export interface StatisticsFigures {
  /** Tiếp nhận trong kỳ. */
  received: number;
  /** Kỳ trước chuyển sang: received before the period and not finished when it began. */
  carriedOver: number;
  /** Tổng số phải giải quyết = received + carriedOver. */
  toProcess: number;
  /** Đã giải quyết in the period, against the appointment: trước hạn / đúng hạn / quá hạn. */
  resolved: { total: number; early: number; onTime: number; late: number };
  /** Đang giải quyết at `asOf` (the period's end, or now): quá hạn / sắp đến hạn / chưa đến hạn. */
  inProgress: { total: number; late: number; nearLate: number; notYetDue: number };
  /** Rút hồ sơ in the period. */
  withdrawn: number;
  /** Từ chối / dừng xử lý in the period. */
  refused: number;
  /** Resolved in the period, result not handed to the citizen yet (chưa trả kết quả). */
  awaitingCollection: number;
  /** (late in progress + late resolved) ÷ toProcess, in %, 2 decimals; null when nothing to process. */
  lateRate: number | null;
  /** 100 − lateRate. */
  onTimeRate: number | null;
  averageResolutionTime: AverageResolutionTime[];
  /** Received at an after-hours counter or on a day off. */
  afterHours: number;
  /** Settled at the visit on a no-appointment ("instant") day. */
  instantDay: number;
  /** "2 in 1" bundles received, and the child dossiers in them. */
  bundles: { bundles: number; dossiers: number };
  /** Supplement requests issued in the period. */
  supplementRequests: number;
  /** Apology letters with a new appointment issued in the period. */
  delays: number;
  /**
   * Từ chối tiếp nhận tại Bộ phận Một cửa (form 03) in the period: never received (no dossier code), so counted apart —
   * not in received, toProcess, refused or any rate.
   */
  refusedAtDesk: number;
}

export interface StatisticsRow extends StatisticsFigures {
  /** Unit or procedure code, field, channel; '2026-01' for a month, '2026-W03' for an ISO week. */
  key: string;
  /** Plain Vietnamese, for the table's first column. */
  label: string;
  /** Month and week rows: the row's first and last day inside the report's period (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

/** A procedure that has figures in the period (for a report's procedure filter). */
export interface ReportProcedure {
  code: string;
  name: string;
}

export interface DossierStatistics {
  unit: { code: string; name: string };
  from: string;
  to: string;
  /** The instant the in-progress buckets are measured at: the end of the period, or now if that is earlier. */
  asOf: string;
  perspective: ReportPerspective;
  groupBy: StatisticsGrouping | null;
  total: StatisticsFigures;
  /** By label for unit, procedure, field and channel; in time order for month and week. */
  rows: StatisticsRow[];
  /**
   * groupBy=procedure only: every procedure with counters in the period for the unit (received, ended, supplement
   * requests…), whatever the procedure or field filter, by code — what a procedure filter may offer.
   */
  procedures?: ReportProcedure[];
}

export const DossierStatisticsRpc = defineRpc<DossierStatisticsQuery, DossierStatistics>('tracking.qry.statistics', DossierStatisticsQuery);
