import type { HandOverBody, ResultDelivery } from './types';
import { tidyName } from './vietnamese-text';

/** The hand-over body: the applicant by default, an authorised person by name (and their authorisation). */
export function handOverBody(method: ResultDelivery, kind: 'applicant' | 'authorised', fullName: string, authorisationRef: string): HandOverBody {
  if (kind === 'applicant') return { method, recipient: { kind } };
  return { method, recipient: { kind, fullName: tidyName(fullName), ...(authorisationRef.trim() ? { authorisationRef: authorisationRef.trim() } : {}) } };
}

/** Dossiers the desk acts on first: results waiting to be handed over, the oldest first; then the rest, newest first. */
export function inboxOrder<T extends { status: string; resultReadyAt: string | null; receivedAt: string }>(items: readonly T[]): T[] {
  const ready = items.filter((d) => d.status === 'result-ready').sort((a, b) => (a.resultReadyAt ?? '').localeCompare(b.resultReadyAt ?? ''));
  const rest = items.filter((d) => d.status !== 'result-ready').sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return [...ready, ...rest];
}
