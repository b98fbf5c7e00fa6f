/** One rejected input field and why, in words a clerk can act on. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** The error shape that crosses NATS and reaches HTTP: a status, a stable code, a message and the fields at fault. */
export interface ErrorBody {
  status: number;
  code: string;
  message: string;
  fields?: FieldProblem[];
}

/** An expected failure: bad input, a broken rule, a missing thing, a denied action. Never a 500. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { status: this.status, code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) };
  }

  static invalid(fields: FieldProblem[], message = 'invalid input'): AppError {
    return new AppError(400, 'invalid_input', message, fields);
  }
  static notFound(what: string): AppError {
    return new AppError(404, 'not_found', `${what} not found`);
  }
  static conflict(code: string, message: string): AppError {
    return new AppError(409, code, message);
  }
  static rule(code: string, message: string, fields?: FieldProblem[]): AppError {
    return new AppError(422, code, message, fields);
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
