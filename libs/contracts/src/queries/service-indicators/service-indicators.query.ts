import { defineRpc } from '../../core/contract';
import type { TimeLimitUnit } from '../../values/time-limit';
import { ReportFilter, type ReportPerspective } from '../dossier-statistics/dossier-statistics.query';

export class ServiceIndicatorsQuery extends ReportFilter {}

/** One indicator of Decision 766/QĐ-TTg (DOMAIN.md §4), as far as our data can compute it. */
export interface ServiceIndicator {
  /** The decision's number, e.g. "2.1". */
  code: string;
  /** Vietnamese name. */
  name: string;
  /** A percentage (2 decimals) or null when the denominator is 0 or the data is missing. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  available: boolean;
  /** What data is still missing, when not available. */
  missing?: string;
  /** The formula in words (Vietnamese). */
  formula: string;
}

/** Indicator 2.2 per procedure, in the procedure's own time unit. */
export interface ProcedureResolutionTime {
  procedureCode: string;
  unit: TimeLimitUnit;
  value: number;
  dossiers: number;
}

export interface ServiceIndicators {
  unit: { code: string; name: string };
  from: string;
  to: string;
  asOf: string;
  perspective: ReportPerspective;
  indicators: ServiceIndicator[];
  averageResolutionTime: ProcedureResolutionTime[];
}

export const ServiceIndicatorsRpc = defineRpc<ServiceIndicatorsQuery, ServiceIndicators>('tracking.qry.indicators', ServiceIndicatorsQuery);
