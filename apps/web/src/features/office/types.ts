// The gateway's shapes this feature reads (libs/contracts: queries/office-inbox, queries/dossier-timeline). The web
// app does not import the contracts library (it carries class-validator), so they are restated here, read-only.

export const TRANSFER_STATUSES = ['sent', 'acknowledged', 'awaiting-supplement', 'awaiting-approval', 'resolved', 'refused', 'withdrawn'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export type Timeliness = 'not-yet-due' | 'near-late' | 'late' | 'early' | 'on-time';

/** A relayed dossier as the office sees it (GET /api/office/inbox, and every action's answer). */
export interface TransferView {
  transferId: string;
  dossierCode: string;
  procedureCode: string;
  fromUnitCode: string;
  toUnitCode: string;
  status: TransferStatus;
  sentAt: string;
  /** The office's own deadline: the citizen's appointment less the return leg. */
  dueAt: string;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  resultRef: string | null;
  assignedTo: string | null;
  /** Optimistic version, sent back as If-Match. */
  version: number;
  supplementCount: number;
  delayed: boolean;
  paperDueAt: string | null;
  paperSentAt: string | null;
  /** Classified by relay against the working-day calendar when it answered. */
  timeliness: Timeliness;
}

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface TimelineEntry {
  event: string;
  at: string;
  unitCode: string | null;
  description: string;
}

export interface DossierTimeline {
  dossierCode: string;
  entries: TimelineEntry[];
}
