import { ApiError } from '../../api/api-error';
import type { SupplementRequestDetails } from './types';

/**
 * What an incomplete submission (422 dossier_incomplete) says: form 02 from `details` when the gateway sends it,
 * else the missing items from `fields` (an older gateway), and the form's id from the message if it names it.
 */
export interface IncompleteOutcome {
  supplementRequestId?: string;
  number?: string;
  printPath?: string;
  items: { field: string; name: string; reason: string; procedureName?: string }[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export function incompleteOutcome(error: unknown): IncompleteOutcome | null {
  if (!(error instanceof ApiError) || error.status !== 422 || error.code !== 'dossier_incomplete') return null;
  const form = (error.details as { supplementRequest?: SupplementRequestDetails } | undefined)?.supplementRequest;
  if (form && typeof form.id === 'string' && Array.isArray(form.items)) {
    return {
      supplementRequestId: form.id,
      number: form.number,
      printPath: form.printPath ?? supplementPrintPath(form.id),
      items: form.items.map((i) => ({ field: i.field, name: i.documentName, reason: i.reason, ...(i.procedureName ? { procedureName: i.procedureName } : {}) })),
    };
  }
  const id = UUID.exec(error.message)?.[0];
  return {
    ...(id ? { supplementRequestId: id, printPath: supplementPrintPath(id) } : {}),
    items: error.fields.map((f) => ({ field: f.field, name: f.field.replace(/^documents\./, ''), reason: f.reason })),
  };
}

export const supplementPrintPath = (id: string) => `/api/intake-desk/supplement-requests/${id}/print`;
export const bundleReceiptPrintPath = (bundleId: string) => `/api/intake-desk/bundles/${bundleId}/receipt/print`;
export const receiptPrintPath = (code: string) => `/api/intake-desk/dossiers/${code}/receipt/print`;
export const refusalPrintPath = (id: string) => `/api/intake-desk/refusals/${id}/print`;

/**
 * Whether the request may have been recorded although no answer came (network failure, gateway timeout, 5xx): then
 * a retry must reuse the same Idempotency-Key so the dossier is not created twice.
 */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/** The gateway's field problems by field path: the gateway names them as the body was sent (`recipient.fullName`). */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.byField() : {};
}

/**
 * Whether the next submit gets a new Idempotency-Key. Kept until the gateway records an outcome (a receipt, or form
 * 02 for an incomplete dossier): after a network failure the retry replays the first attempt instead of creating a
 * second dossier; after a refused input (400, 422 rule) nothing was recorded, so the corrected form may reuse it.
 */
export function rotateKeyAfter(result: { ok: true } | { ok: false; error: unknown }): boolean {
  if (result.ok) return true;
  return incompleteOutcome(result.error) !== null;
}

/** The gateway saw this key with other data: an earlier attempt (whose answer was lost) may have been recorded. */
export function keyReused(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'idempotency_key_reused';
}
