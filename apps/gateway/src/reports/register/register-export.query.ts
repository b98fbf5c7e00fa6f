import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { REPORT_DAY_PATTERN, StaffQueryEnvelope } from '@motcua/contracts';

/** The whole register of a period (CSV, print): the register query without paging. */
export class RegisterExportQuery extends StaffQueryEnvelope {
  @IsOptional() @IsString() @Length(1, 32) unitCode?: string;
  @Matches(REPORT_DAY_PATTERN, { message: 'phải là ngày viết dạng YYYY-MM-DD' }) from: string;
  @Matches(REPORT_DAY_PATTERN, { message: 'phải là ngày viết dạng YYYY-MM-DD' }) to: string;
}
