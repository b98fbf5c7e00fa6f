/** One rejected input field and why, in words a clerk can act on. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * Structured data a client acts on besides the fields, e.g. the form 02 recorded with a 422 for an incomplete dossier.
 * A plain JSON object, small; never personal data beyond what the caller sent (error bodies travel far).
 */
export type ErrorDetails = Record<string, unknown>;

/** Serialised size above which details are dropped rather than carried (an error is not a data channel). */
export const ERROR_DETAILS_MAX_BYTES = 16_384;

/** The error shape that crosses NATS and reaches HTTP: a status, a stable code, a message, the fields at fault, details. */
export interface ErrorBody {
  status: number;
  code: string;
  message: string;
  fields?: FieldProblem[];
  details?: ErrorDetails;
}

/** The message of a 400 whose fields say what is wrong (users read messages: Vietnamese, like the field reasons). */
export const INVALID_INPUT_MESSAGE = 'Dữ liệu gửi lên không hợp lệ; xem danh sách trường bị sai';

/** The message of an unexpected failure (a 500): it reveals nothing, the correlation id finds the log. */
export const INTERNAL_ERROR_MESSAGE = 'Lỗi hệ thống; vui lòng thử lại hoặc báo mã tương quan (correlationId) cho bộ phận hỗ trợ';

/** An expected failure: bad input, a broken rule, a missing thing, a denied action. Never a 500. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
    readonly details?: ErrorDetails,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    const details = errorDetails(this.details);
    return { status: this.status, code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}), ...(details ? { details } : {}) };
  }

  /** The same error with details attached (the status, code, message and fields unchanged). */
  withDetails(details: ErrorDetails): AppError {
    return new AppError(this.status, this.code, this.message, this.fields, details);
  }

  static invalid(fields: FieldProblem[], message = INVALID_INPUT_MESSAGE): AppError {
    return new AppError(400, 'invalid_input', message, fields);
  }
  /** "Không tìm thấy <what>": `what` is a Vietnamese noun phrase, e.g. 'hồ sơ', 'phiên đăng ký'. */
  static notFound(what: string): AppError {
    return new AppError(404, 'not_found', `Không tìm thấy ${what}`);
  }
  static conflict(code: string, message: string): AppError {
    return new AppError(409, code, message);
  }
  static rule(code: string, message: string, fields?: FieldProblem[], details?: ErrorDetails): AppError {
    return new AppError(422, code, message, fields, details);
  }
  static forbidden(message: string): AppError {
    return new AppError(403, 'forbidden', message);
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorBody).status === 'number' &&
    typeof (value as ErrorBody).code === 'string'
  );
}

/**
 * Details as they may travel: a plain JSON object (no array, class instance or function) under the size limit, as a
 * fresh copy; anything else → undefined, so a bad value from a service never breaks the error it rides on.
 */
export function errorDetails(value: unknown): ErrorDetails | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return undefined; // cycles, BigInt
  }
  if (new TextEncoder().encode(text).length > ERROR_DETAILS_MAX_BYTES) return undefined;
  const copy: unknown = JSON.parse(text);
  return typeof copy === 'object' && copy !== null && !Array.isArray(copy) && Object.keys(copy).length > 0 ? (copy as ErrorDetails) : undefined;
}
