import { DeliveryFailure, PermanentDeliveryFailure, TemporaryDeliveryFailure } from '../providers/notification-provider';
import type { DispatchSettings } from './dispatch-settings';

export type FailureOutcome =
  | { status: 'temporary-failure'; retryInMs: number; reason: string }
  | { status: 'permanent-failure'; reason: string };

/** A reason fit for logs and the ledger: our own failure texts, or only the kind of an unexpected error. */
export function safeReason(error: unknown): string {
  if (error instanceof DeliveryFailure) return error.reason;
  return `unexpected ${(error as Error)?.name ?? 'error'}`;
}

/** After the `attempts`-th attempt failed: retry later with exponential backoff, or give up. */
export function failureOutcome(
  error: unknown,
  attempts: number,
  settings: Pick<DispatchSettings, 'maxAttempts' | 'retryBaseMs' | 'retryMaxMs'>,
): FailureOutcome {
  const reason = safeReason(error);
  if (error instanceof PermanentDeliveryFailure) return { status: 'permanent-failure', reason };
  if (attempts >= settings.maxAttempts) return { status: 'permanent-failure', reason: `gave up after ${attempts} attempts: ${reason}` };
  const backoff = Math.min(settings.retryBaseMs * 2 ** Math.max(attempts - 1, 0), settings.retryMaxMs);
  // A provider that says when to come back (HTTP Retry-After) is believed, within the longest backoff.
  const asked = error instanceof TemporaryDeliveryFailure ? (error.retryAfterMs ?? 0) : 0;
  const retryInMs = Math.max(backoff, Math.min(asked, settings.retryMaxMs));
  return { status: 'temporary-failure', retryInMs, reason };
}
