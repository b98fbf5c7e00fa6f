import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
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
  /** Only dossiers whose code contains this (case-insensitive): a whole code, or the part the handler remembers. */
  @IsOptional() @IsString() @Length(3, 64) @Matches(/^[A-Za-z0-9.-]+$/, { message: 'chỉ gồm chữ cái, chữ số, dấu chấm và dấu gạch ngang' }) dossierCode?: string;
}

/** The office's apology and new appointment (form 04), once declared. */
export interface TransferDelayView {
  reason: string;
  declaredAt: string;
  declaredBy: string | null;
  /** The appointment the citizen held before the apology (null for transfers delayed before this was kept). */
  previousAppointmentAt: string | null;
  newAppointmentAt: string;
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
  /** When the desk received the dossier, and the citizen's appointment as it now stands (the new one after an apology). */
  receivedAt: string | null;
  appointmentAt: string | null;
  /** Names as the reference data gave them when the dossier was routed (null when unknown then). */
  procedureName: string | null;
  receivingUnitName: string | null;
  officeName: string | null;
  delay: TransferDelayView | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const OfficeInbox = defineRpc<OfficeInboxQuery, Page<TransferView>>('relay.qry.office-inbox', OfficeInboxQuery);
