import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';

export const TRANSFER_STATUSES = ['sent', 'acknowledged', 'awaiting-supplement', 'awaiting-approval', 'resolved', 'refused', 'withdrawn'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export class OfficeInboxQuery extends StaffQueryEnvelope {
  @IsOptional() @IsIn(TRANSFER_STATUSES) status?: TransferStatus;
  @IsOptional() @IsInt() @Min(1) @Max(100_000) page?: number;
  @IsOptional() @IsInt() @Min(1) @Max(200) pageSize?: number;
  /** Only transfers assigned to this staff member ('me' is the actor). */
  @IsOptional() @IsString() @Length(1, 64) assignedTo?: string;
  /** Only open transfers in this deadline state, counted in working days. */
  @IsOptional() @IsIn(['not-yet-due', 'near-late', 'late']) deadline?: 'not-yet-due' | 'near-late' | 'late';
}

export interface TransferView {
  transferId: string;
  dossierCode: string;
  procedureCode: string;
  fromUnitCode: string;
  toUnitCode: string;
  status: TransferStatus;
  sentAt: string;
  dueAt: string;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  resultRef: string | null;
  assignedTo: string | null;
  /** Optimistic version: send it back as expectedVersion so two handlers acting at once cannot both win. */
  version: number;
  supplementCount: number;
  delayed: boolean;
  /** Paper dossiers: when the paper must have left the desk, and when it did. */
  paperDueAt: string | null;
  paperSentAt: string | null;
  /** Against the working-day calendar at the time of the answer (or at resolution). */
  timeliness: 'not-yet-due' | 'near-late' | 'late' | 'early' | 'on-time';
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const OfficeInbox = defineRpc<OfficeInboxQuery, Page<TransferView>>('relay.qry.office-inbox', OfficeInboxQuery);
