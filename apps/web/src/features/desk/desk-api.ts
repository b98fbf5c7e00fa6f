import { api } from '../../api/api-client';
import { toDeskCatalogue, type DeskCatalogue } from './catalogue';
import type {
  BundleReceipt,
  DeskDossierView,
  DeskRefusal,
  DossierStatus,
  HandOverBody,
  HandOverResponse,
  DeskCatalogueView,
  Receipt,
  RefuseAtDeskBody,
  RegisterPage,
  SubmitBundleBody,
  SubmitDossierBody,
} from './types';

const CATALOGUE_CACHE = 'motcua.desk.catalogue';
const CATALOGUE_TTL_MS = 10 * 60_000;

/**
 * The procedures and bundles the clerk's desk may receive (GET /api/desk/procedures: the gateway takes the desk from
 * the session). The catalogue changes rarely and the link may be slow: kept for ten minutes in sessionStorage per unit.
 */
export async function loadCatalogue(unitCode: string, signal?: AbortSignal): Promise<DeskCatalogue> {
  let view: DeskCatalogueView | undefined;
  try {
    const cached = JSON.parse(sessionStorage.getItem(CATALOGUE_CACHE) ?? 'null') as { unitCode: string; at: number; view: DeskCatalogueView } | null;
    if (cached && cached.unitCode === unitCode && Date.now() - cached.at < CATALOGUE_TTL_MS && cached.view) view = cached.view;
  } catch {
    // a damaged cache is reloaded
  }
  if (!view) {
    view = await api.get<DeskCatalogueView>('/api/desk/procedures', { signal });
    sessionStorage.setItem(CATALOGUE_CACHE, JSON.stringify({ unitCode, at: Date.now(), view }));
  }
  return toDeskCatalogue(view);
}

export const submitDossier = (body: SubmitDossierBody, idempotencyKey: string) => api.post<Receipt>('/api/dossiers', body, { idempotencyKey });

/** "2 in 1": one intake, one child dossier per member procedure, one receipt. */
export const submitBundle = (body: SubmitBundleBody, idempotencyKey: string) => api.post<BundleReceipt>('/api/intake-desk/bundles', body, { idempotencyKey });

export const refuseAtDesk = (body: RefuseAtDeskBody, idempotencyKey: string) => api.post<DeskRefusal>('/api/intake-desk/refusals', body, { idempotencyKey });

export const deskInbox = (status: DossierStatus | '', signal?: AbortSignal) => api.get<DeskDossierView[]>('/api/desk/inbox', { query: { status: status || undefined }, signal });

/** The desk's hand-over that records who took the result (the other endpoint, /api/dossiers/:code/hand-over, does not). */
export const handOver = (code: string, body: HandOverBody, idempotencyKey: string) =>
  api.post<HandOverResponse>(`/api/intake-desk/dossiers/${encodeURIComponent(code)}/hand-over`, body, { idempotencyKey });

export const registerPage = (from: string, to: string, page: number, signal?: AbortSignal) =>
  api.get<RegisterPage>('/api/reports/register', { query: { from, to, page, pageSize: 50 }, signal });

export const registerPrintPath = (from: string, to: string) => `/api/reports/register/print?from=${from}&to=${to}`;

/** The register as CSV, fetched with the token and saved through a temporary link. */
export async function downloadRegisterCsv(from: string, to: string): Promise<void> {
  const csv = await api.text('/api/reports/register/csv', { query: { from, to } });
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `so-theo-doi-ho-so-${from}-${to}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
