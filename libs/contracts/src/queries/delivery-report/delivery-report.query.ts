import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { DELIVERY_STATUSES, type DeliveryStatusName, type NotifyChannel } from '../../values/notification/notification-values';

/** 'undelivered': anything not delivered (failed, cancelled, or still pending). */
export const DELIVERY_REPORT_FILTERS = [...DELIVERY_STATUSES, 'undelivered'] as const;
export type DeliveryReportFilter = (typeof DELIVERY_REPORT_FILTERS)[number];

/**
 * Messages created in [from, to), oldest first, a page at a time (`after` = the previous page's `next`).
 * Auditors and province administrators may name any unit; everyone else sees their own unit only.
 */
export class DeliveryReportQuery extends StaffQueryEnvelope {
  @IsISO8601({ strict: true }) from: string;
  @IsISO8601({ strict: true }) to: string;
  @IsOptional() @IsString() @Length(1, 32) unitCode?: string;
  @IsOptional() @IsIn(DELIVERY_REPORT_FILTERS) status?: DeliveryReportFilter;
  @IsOptional() @Matches(/^[0-9a-f-]{36}$/, { message: 'phải là giá trị “tiếp theo” của trang trước' }) after?: string;
  @IsOptional() @IsInt() @Min(1) @Max(1000) limit?: number;
}

export interface DeliveryReportRow {
  id: string;
  dossierCode: string | null;
  unitCode: string | null;
  audience: 'citizen' | 'staff';
  template: string;
  templateVersion: number;
  channel: NotifyChannel;
  /** Masked, as in DeliveryView. */
  recipient: string;
  status: DeliveryStatusName;
  attempts: number;
  provider: string | null;
  providerRef: string | null;
  lastError: string | null;
  /** The message this one replaces after it failed for good (Zalo → SMS…). */
  fallbackOf: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
  reportedUndeliveredAt: string | null;
}

export interface DeliveryReportPage {
  rows: DeliveryReportRow[];
  /** Pass as `after` for the next page; null on the last one. */
  next: string | null;
}

export const DeliveryReport = defineRpc<DeliveryReportQuery, DeliveryReportPage>('notification.qry.delivery-report', DeliveryReportQuery);
