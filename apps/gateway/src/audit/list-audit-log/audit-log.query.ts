import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { UNIT_CODE_PATTERN, UNIT_CODE_RULE } from '../../http/input/patterns';
import { AUDIT_OUTCOMES, type AuditOutcome } from '../record/audit-log.store';

export class AuditLogQuery {
  @IsOptional() @IsISO8601({ strict: true }, { message: 'phải là thời điểm theo ISO 8601, ví dụ 2026-03-02T00:00:00+07:00' }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'phải là thời điểm theo ISO 8601, ví dụ 2026-03-03T00:00:00+07:00' }) to?: string;
  @IsOptional() @Matches(UNIT_CODE_PATTERN, { message: UNIT_CODE_RULE }) unitCode?: string;
  @IsOptional() @IsUUID() staffId?: string;
  /** Exactly as recorded, e.g. `POST /api/staff`. */
  @IsOptional() @IsString() @Length(1, 200) action?: string;
  @IsOptional() @IsIn(AUDIT_OUTCOMES) outcome?: AuditOutcome;
  /** The `nextBefore` of the previous page. */
  @IsOptional() @Matches(/^[1-9]\d{0,17}$/, { message: 'phải là mã một dòng nhật ký (số nguyên dương)' }) before?: string;
  @IsOptional() @IsInt() @Min(1) @Max(500) limit?: number;
}
