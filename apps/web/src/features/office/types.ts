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
  /** When the desk received the dossier, and the citizen's appointment as it now stands (the new one after an apology). */
  receivedAt: string | null;
  appointmentAt: string | null;
  /** Names as the reference data gave them when the dossier was routed; null when unknown then. */
  procedureName: string | null;
  receivingUnitName: string | null;
  officeName: string | null;
  /** The apology (form 04), once declared. */
  delay: TransferDelay | null;
}

export interface TransferDelay {
  reason: string;
  declaredAt: string;
  declaredBy: string | null;
  /** The appointment before the apology (null for apologies recorded before relay kept it). */
  previousAppointmentAt: string | null;
  newAppointmentAt: string;
}

/** A handler or head of the caller's office (GET /api/office/staff). */
export interface OfficeColleague {
  id: string;
  displayName: string;
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
