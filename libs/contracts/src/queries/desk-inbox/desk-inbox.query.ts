import { IsIn, IsOptional } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import type { ResultDelivery } from '../../values/channels';

export const DOSSIER_STATUSES = ['received', 'in-progress', 'supplement-requested', 'result-ready', 'handed-over', 'withdrawn'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export class DeskInboxQuery extends StaffQueryEnvelope {
  @IsOptional() @IsIn(DOSSIER_STATUSES) status?: DossierStatus;
}

export interface DeskDossierView {
  dossierCode: string;
  procedureCode: string;
  /** Whose dossier it is, so the clerk finds the citizen at the counter (the desk's own staff only). */
  applicantName: string;
  /** Where the citizen asked for the result at intake: the hand-over starts from it. */
  resultDelivery: ResultDelivery;
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
