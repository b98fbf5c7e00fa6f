import { api } from '../../api/api-client';
import type { OfficeAction } from './actions';
import type { DossierTimeline, PageOf, TransferStatus, TransferView } from './types';

export type DeadlineFilter = 'late' | 'near-late' | 'not-yet-due';

export interface InboxQuery {
  status?: TransferStatus;
  deadline?: DeadlineFilter;
  mine?: boolean;
  page?: number;
}

export const INBOX_PAGE_SIZE = 50;

/** GET /api/office/inbox: the transfers addressed to the actor's office, nearest deadline first, paged. */
export function fetchInbox(q: InboxQuery, signal?: AbortSignal): Promise<PageOf<TransferView>> {
  return api.get<PageOf<TransferView>>('/api/office/inbox', {
    signal,
    query: { status: q.status, deadline: q.deadline, assignedTo: q.mine ? 'me' : undefined, page: q.page ?? 1, pageSize: INBOX_PAGE_SIZE },
  });
}

/**
 * One transfer by id. The gateway has no GET /api/transfers/:id, so this pages through the office's inbox (200
 * a page, the most it gives) until it meets it; undefined when it is not (or no longer) addressed to this office.
 */
export async function findTransfer(transferId: string, signal?: AbortSignal): Promise<TransferView | undefined> {
  const pageSize = 200;
  for (let page = 1; ; page++) {
    const res = await api.get<PageOf<TransferView>>('/api/office/inbox', { signal, query: { page, pageSize } });
    const found = res.items.find((t) => t.transferId === transferId);
    if (found) return found;
    if (res.items.length < pageSize || page * pageSize >= res.total) return undefined;
  }
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
