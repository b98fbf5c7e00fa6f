import { AppError } from '@motcua/contracts';

/** A 429 that tells the client when to come back: the error filter turns retryAfterSeconds into Retry-After. */
export class RateLimitedError extends AppError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, code, message);
  }
}
