// The gateway's shapes this feature reads, from libs/contracts as types only (`import type` is erased from the
// bundle: none of the contracts' validation code reaches the browser). Values (lists for filters) are restated
// here and checked against the contracts' types.
import type { TransferStatus, TransferView } from '@motcua/contracts';

export type { DossierTimeline, Page as PageOf, TimelineEntry, TransferDelayView as TransferDelay, TransferStatus, TransferView } from '@motcua/contracts';

export const TRANSFER_STATUSES = ['sent', 'acknowledged', 'awaiting-supplement', 'awaiting-approval', 'resolved', 'refused', 'withdrawn'] as const satisfies readonly TransferStatus[];

export type Timeliness = TransferView['timeliness'];

/** A handler or head of the caller's office (GET /api/office/staff). */
export interface OfficeColleague {
  id: string;
  displayName: string;
}
