import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '@motcua/contracts';
import { UNIT_CODE_PATTERN, UNIT_CODE_RULE } from '../../../http/input/patterns';

export class ListStaffQuery {
  /** Unit administrators: their own unit (the default). Province administrators and auditors: any; all when absent. */
  @IsOptional() @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_RULE }) unitCode?: string;
  @IsOptional() @IsIn(STAFF_ROLES) role?: StaffRole;
  @IsOptional() @IsBoolean() includeDisabled?: boolean;
  @IsOptional() @IsInt() @Min(1) @Max(100_000) page?: number;
  @IsOptional() @IsInt() @Min(1) @Max(200) pageSize?: number;
}
