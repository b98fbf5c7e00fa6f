import { HttpException } from '@nestjs/common';
import { AppError, errorDetails, INTERNAL_ERROR_MESSAGE, type ErrorDetails, type FieldProblem } from '@motcua/contracts';
import { databaseUnavailable, isDatabaseUnavailable } from '@motcua/persistence';

/** Every error the gateway answers, whatever its origin. */
export interface ErrorResponse {
  statusCode: number;
  code: string;
  message: string;
  fields?: FieldProblem[];
  /** Structured data the service attached, e.g. the form 02 recorded with a 422 (AppError.details). */
  details?: ErrorDetails;
  correlationId?: string;
}

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

const MESSAGES: Record<number, string> = {
  404: 'Không tìm thấy địa chỉ này',
  413: 'Nội dung gửi lên quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ; hãy gửi JSON (Content-Type: application/json)',
};

export { INTERNAL_ERROR_MESSAGE };

/** Body-parser's error for a body that is not JSON (Nest hands it over as a 400 with the SyntaxError as cause). */
function isMalformedJson(exception: HttpException): boolean {
  return exception.getStatus() === 400 && exception.cause instanceof SyntaxError;
}

function httpMessage(exception: HttpException): string {
  const status = exception.getStatus();
  if (MESSAGES[status]) return MESSAGES[status];
  const response = exception.getResponse();
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
}

function ownShape(exception: HttpException): { code?: string; fields?: FieldProblem[] } {
  const response = exception.getResponse() as { code?: unknown; fields?: unknown };
  if (typeof response !== 'object' || response === null) return {};
  const fields = Array.isArray(response.fields) && response.fields.every((f) => typeof f?.field === 'string' && typeof f?.reason === 'string') ? (response.fields as FieldProblem[]) : undefined;
  return { code: typeof response.code === 'string' && /^[a-z_]{1,64}$/.test(response.code) ? response.code : undefined, fields };
}

/**
 * AppError → its own status and body; Nest HttpException → its status; the database unreachable (Postgres restarting,
 * a dropped connection, an exhausted pool) → 503 service_unavailable, to retry; anything else → a generic 500.
 */
export function toErrorResponse(exception: unknown, correlationId?: string): ErrorResponse {
  const id = correlationId ? { correlationId } : {};
  if (!(exception instanceof AppError) && !(exception instanceof HttpException) && isDatabaseUnavailable(exception)) {
    return toErrorResponse(databaseUnavailable(), correlationId);
  }
  if (exception instanceof AppError) {
    const details = errorDetails(exception.details);
    return {
      statusCode: exception.status,
      code: exception.code,
      message: exception.message,
      ...(exception.fields ? { fields: exception.fields } : {}),
      ...(details ? { details } : {}),
      ...id,
    };
  }
  if (exception instanceof HttpException) {
    if (isMalformedJson(exception)) {
      return {
        statusCode: 400,
        code: 'malformed_json',
        message: 'Nội dung gửi lên không phải JSON hợp lệ',
        fields: [{ field: '(body)', reason: 'không phải JSON hợp lệ' }],
        ...id,
      };
    }
    const status = exception.getStatus();
    if (status >= 500) return { statusCode: status, code: 'internal_error', message: INTERNAL_ERROR_MESSAGE, ...id };
    // A `new BadRequestException({ code, message, fields })` keeps its code and fields.
    const { code, fields } = ownShape(exception);
    return { statusCode: status, code: code ?? CODES[status] ?? `http_${status}`, message: httpMessage(exception), ...(fields ? { fields } : {}), ...id };
  }
  return { statusCode: 500, code: 'internal_error', message: INTERNAL_ERROR_MESSAGE, ...id };
}
