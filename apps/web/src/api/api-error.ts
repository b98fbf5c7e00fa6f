/** One problem with one input field, as the gateway names it (`applicant.idNumber`, `documents[2].code`…). */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** The gateway's error body (apps/gateway/src/http/errors/error-response.ts). */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  fields?: FieldProblem[];
  details?: Record<string, unknown>;
  correlationId?: string;
}

/** A failed call: what the gateway said, or a network failure (status 0) the user can retry. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly details?: Record<string, unknown>,
    readonly correlationId?: string,
  ) {
    super(message);
  }

  static fromBody(status: number, body: unknown): ApiError {
    const b = (body ?? {}) as Partial<ErrorBody>;
    return new ApiError(
      status,
      typeof b.code === 'string' ? b.code : `http_${status}`,
      typeof b.message === 'string' ? b.message : `HTTP ${status}`,
      Array.isArray(b.fields) ? b.fields : [],
      b.details && typeof b.details === 'object' ? b.details : undefined,
      b.correlationId,
    );
  }

  /** Field problems keyed by field path, for showing each next to its input. */
  byField(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.fields) out[f.field] ??= f.reason;
    return out;
  }
}
