import { IsIn, IsOptional } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';

export const DOSSIER_STATUSES = ['received', 'in-progress', 'supplement-requested', 'result-ready', 'handed-over', 'withdrawn'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export class DeskInboxQuery extends StaffQueryEnvelope {
  @IsOptional() @IsIn(DOSSIER_STATUSES) status?: DossierStatus;
}

export interface DeskDossierView {
  dossierCode: string;
  procedureCode: string;
  procedureName: string;
  status: DossierStatus;
  receivedAt: string;
  appointmentAt: string;
  resultRef: string | null;
  resultReadyAt: string | null;
  handedOverAt: string | null;
  /** 'refused' when the office refused: the desk hands the written refusal over instead of a result. */
  outcome?: 'resolved' | 'refused' | null;
  /** What the office asked the citizen to supplement, while status is supplement-requested. */
  supplementItems?: { name: string; reason: string }[] | null;
}

export const DeskInbox = defineRpc<DeskInboxQuery, DeskDossierView[]>('intake.qry.desk-inbox', DeskInboxQuery);
