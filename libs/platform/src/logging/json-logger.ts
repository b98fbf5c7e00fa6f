import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import { currentCorrelationId } from '@motcua/messaging';

/** Keys that may carry personal data or secrets: never written to logs, wherever they appear in a log object. */
const PERSONAL_KEYS = [
  'fullName',
  'idNumber',
  'phone',
  'email',
  'address',
  'applicant',
  'contact',
  'password',
  'authorization',
  'accessToken',
  'refreshToken',
  'temporaryPassword',
  'currentPassword',
  'newPassword',
  'secondFactor',
];

export function createPinoLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: [...PERSONAL_KEYS, ...PERSONAL_KEYS.map((k) => `*.${k}`)], censor: '[redacted]' },
    mixin: () => {
      const correlationId = currentCorrelationId();
      return correlationId ? { correlationId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's logger interface over pino: one JSON line per entry, with the correlation id of the work in hand. */
export class JsonLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, context?: string, trace?: string): void {
    const fields = typeof message === 'object' && message !== null ? { ...(message as object) } : { msg: String(message) };
    this.logger[level]({ context, ...(trace ? { trace } : {}), ...fields });
  }
}
