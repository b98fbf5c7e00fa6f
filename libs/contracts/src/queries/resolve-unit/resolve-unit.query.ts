import { IsOptional, Matches } from 'class-validator';
import { IsDay, UNIT_CODE } from '../../catalogue/day';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import type { UnitRecord } from '../../reference/reference-data';

/** A unit code as of a day (default today); a code merged away resolves to its successor. */
export class ResolveUnitQuery extends StaffQueryEnvelope {
  @Matches(UNIT_CODE, { message: 'phải là mã đơn vị' }) code: string;
  @IsOptional() @IsDay() on?: string;
}

export interface ResolvedUnit {
  code: string;
  on: string;
  unit: UnitRecord;
  /** The old codes followed to reach `unit` (empty when the code itself is in force). */
  via: string[];
  /** Every version of the requested code, oldest first. */
  history: UnitRecord[];
}

export const ResolveUnit = defineRpc<ResolveUnitQuery, ResolvedUnit>('routing.qry.resolve-unit', ResolveUnitQuery);
