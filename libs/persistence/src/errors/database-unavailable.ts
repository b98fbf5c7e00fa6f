import { AppError } from '@motcua/contracts';

/** How long a client should wait before trying again while the database is away (a restart takes seconds). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE = 'Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu; vui lòng thử lại sau giây lát';

/**
 * Node's socket errors and Postgres's SQLSTATEs that mean "the database cannot be reached right now", not "this
 * request is wrong": 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300
 * too_many_connections, and class 08 (connection exception).
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

/** What node-postgres, its pool and TypeORM say when the connection is gone or cannot be had (no code on these). */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i, // "Connection terminated unexpectedly", "… due to connection timeout"
  /timeout exceeded when trying to connect/i, // pg-pool: no client free within connectionTimeoutMillis
  /^timeout expired$/i, // pg Client: connectionTimeoutMillis while connecting
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end on the pool/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /terminating connection due to administrator command/i,
];

/**
 * Whether an error means the database is unreachable for now (Postgres restarting, a dropped connection, an
 * exhausted pool): the answer is a 503 to retry, not a 500. Looks through TypeORM's QueryFailedError (driverError),
 * `cause` and AggregateError (`errors`: one per address tried). Reads codes and driver wording only, never values.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, message, driverError, cause, errors } = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  const inner = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((e) => e !== error && isDatabaseUnavailable(e, depth + 1));
}

/**
 * What a log may say about a database error: its type and its code (an errno or a SQLSTATE), never its message,
 * which can quote the values of a row (personal data). The code is the first one found through QueryFailedError's
 * driverError, `cause` and AggregateError's `errors`.
 */
export function databaseErrorSummary(error: unknown): { type: string; code?: string } {
  // Not `instanceof Error`: node's own errors may come from another realm (a test sandbox).
  const named = typeof error === 'object' && error !== null ? (error as { constructor?: { name?: unknown }; name?: unknown }) : undefined;
  const ctor = typeof named?.constructor?.name === 'string' && named.constructor.name !== 'Object' ? named.constructor.name : undefined;
  const type = ctor ?? (typeof named?.name === 'string' ? named.name : typeof error);
  const code = firstCode(error, 0);
  return code ? { type, code } : { type };
}

function firstCode(error: unknown, depth: number): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const { code, driverError, cause, errors } = error as { code?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && /^[A-Z0-9_]{2,32}$/.test(code)) return code;
  for (const inner of [driverError, cause, ...(Array.isArray(errors) ? errors : [])]) {
    const found = inner !== error ? firstCode(inner, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The 503 a client gets while the database is away: the code clients retry on, a message the clerk can read. */
export function databaseUnavailable(): AppError {
  return new AppError(503, 'service_unavailable', DATABASE_UNAVAILABLE_MESSAGE);
}
