import { IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { DELIVERY_REPORT_FILTERS, StaffQueryEnvelope, type DeliveryReportFilter } from '@motcua/contracts';

/** The CSV export's query string: a period and filters; the gateway walks the pages itself. */
export class DeliveryExportQuery extends StaffQueryEnvelope {
  @IsISO8601({ strict: true }) from: string;
  @IsISO8601({ strict: true }) to: string;
  @IsOptional() @IsString() @Length(1, 32) unitCode?: string;
  @IsOptional() @IsIn(DELIVERY_REPORT_FILTERS) status?: DeliveryReportFilter;
}
