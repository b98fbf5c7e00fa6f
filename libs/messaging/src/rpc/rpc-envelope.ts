import type { ErrorBody } from '@motcua/contracts';

/** What every RPC reply carries: the result, or an error body with its HTTP-meaningful status. */
export type RpcReply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const RPC_TIMEOUT_MS = 5_000;
