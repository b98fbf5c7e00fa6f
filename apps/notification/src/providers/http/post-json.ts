import { TemporaryDeliveryFailure } from '../notification-provider';

export interface JsonAnswer {
  status: number;
  body: any;
  /** From a Retry-After header in seconds. */
  retryAfterMs?: number;
}

/**
 * POSTs JSON and reads JSON back. Not reaching the provider (refused, reset, timed out) is a temporary failure;
 * every HTTP answer is returned for the adapter to judge. A timeout may hide a send that went through: adapters
 * pass the delivery id as the provider's idempotency key so that the retry is recognised.
 */
export async function postJson(url: string, payload: unknown, headers: Record<string, string>, timeoutMs: number, what: string): Promise<JsonAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new TemporaryDeliveryFailure(`${what} unreachable (${cause})`);
  }
  const text = await response.text().catch(() => '');
  let body: any = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return { status: response.status, body, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
}

/** HTTP statuses worth retrying: timeouts, throttling, server trouble. */
export const isRetryableStatus = (status: number): boolean => status === 408 || status === 425 || status === 429 || status >= 500;

/** A provider's error code, when it looks like a code (its messages may quote the number or the text). */
export function safeCode(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(text) ? text : undefined;
}
