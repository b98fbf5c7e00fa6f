import { api } from '../../api/api-client';
import type { OfficeAction } from './actions';
import type { DossierTimeline, OfficeColleague, PageOf, TransferStatus, TransferView } from './types';

export type DeadlineFilter = 'late' | 'near-late' | 'not-yet-due';

export interface InboxQuery {
  status?: TransferStatus;
  deadline?: DeadlineFilter;
  mine?: boolean;
  /** Part of a dossier code (at least 3 characters), any case. */
  code?: string;
  page?: number;
}

export const INBOX_PAGE_SIZE = 50;

/** GET /api/office/inbox: the transfers addressed to the actor's office, nearest deadline first, paged. */
export function fetchInbox(q: InboxQuery, signal?: AbortSignal): Promise<PageOf<TransferView>> {
  return api.get<PageOf<TransferView>>('/api/office/inbox', {
    signal,
    query: { status: q.status, deadline: q.deadline, assignedTo: q.mine ? 'me' : undefined, dossierCode: q.code, page: q.page ?? 1, pageSize: INBOX_PAGE_SIZE },
  });
}

/** GET /api/transfers/:id: one transfer, for the addressed office (and the receiving desk, auditors). */
export function fetchTransfer(transferId: string, signal?: AbortSignal): Promise<TransferView> {
  return api.get<TransferView>(`/api/transfers/${encodeURIComponent(transferId)}`, { signal });
}

/** GET /api/office/staff: the active handlers and heads of the caller's own office (id and name). */
export function fetchOfficeStaff(signal?: AbortSignal): Promise<{ items: OfficeColleague[] }> {
  return api.get<{ items: OfficeColleague[] }>('/api/office/staff', { signal });
}

export function fetchTimeline(dossierCode: string, signal?: AbortSignal): Promise<DossierTimeline> {
  return api.get<DossierTimeline>(`/api/dossiers/${encodeURIComponent(dossierCode)}/timeline`, { signal });
}

export function controlSlipPath(dossierCode: string): string {
  return `/api/dossiers/${encodeURIComponent(dossierCode)}/control-slip`;
}

/**
 * An office action (POST /api/transfers/:id/<action>) at the version the user saw (If-Match), once per
 * idempotency key. Answers the transfer as it now is.
 */
export function act(transfer: Pick<TransferView, 'transferId' | 'version'>, action: OfficeAction, body: unknown, idempotencyKey: string): Promise<TransferView> {
  return api.post<TransferView>(`/api/transfers/${encodeURIComponent(transfer.transferId)}/${action}`, body, { idempotencyKey, ifMatch: transfer.version });
}
