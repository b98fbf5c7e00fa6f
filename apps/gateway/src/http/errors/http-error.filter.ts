import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { throwError, type Observable } from 'rxjs';
import { AppError } from '@motcua/contracts';
import { currentCorrelationId } from '@motcua/messaging';
import { DATABASE_RETRY_AFTER_SECONDS } from '@motcua/persistence';
import { toErrorResponse } from './error-response';
import { OverloadedError } from './overloaded.error';
import { RateLimitedError } from './rate-limited.error';

/**
 * One error shape for every HTTP answer (see toErrorResponse). Global filters also reach the RPC handlers of this
 * hybrid app (inheritAppConfig): there the error is handed back untouched, for the RPC server to answer.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    if (host.getType() !== 'http') return throwError(() => exception);
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const correlationId = (response.getHeader('x-correlation-id') as string | undefined) ?? currentCorrelationId();
    const body = toErrorResponse(exception, correlationId);
    this.report(exception, body.statusCode, request);
    if (response.headersSent) return;
    response.locals.errorCode = body.code; // for the audit trail
    if (exception instanceof RateLimitedError || exception instanceof OverloadedError) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    // A 503 is momentary (Postgres restarting, a service not answering): say when to come back.
    else if (body.statusCode === 503) response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    // An endpoint's own @Header (text/html for a printable slip, a public max-age for the catalogue) is already on the
    // response: an error is JSON and never cached.
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.status(body.statusCode).json(body);
  }

  /** Unexpected errors are logged by type and stack only: their messages may quote personal data (SQL values…). */
  private report(exception: unknown, status: number, request: Request): void {
    // Shed requests are counted and logged in bulk by Downstream: one line each would flood the log when it matters.
    if (exception instanceof OverloadedError) return;
    const where = { method: request.method, path: request.path };
    if (exception instanceof AppError || exception instanceof HttpException) {
      if (status >= 500) this.log.warn({ msg: 'request failed', status, code: (exception as AppError).code, ...where });
      return;
    }
    const error = exception instanceof Error ? exception : undefined;
    if (status === 503) {
      this.log.warn({ msg: 'request failed: database unavailable', status, errorType: error?.name ?? typeof exception, ...where });
      return;
    }
    this.log.error({
      msg: 'unexpected error',
      status,
      errorType: error?.name ?? typeof exception,
      stack: error?.stack?.split('\n').slice(1, 8).join('\n'),
      ...where,
    });
  }
}
