import { AppError } from '@motcua/contracts';

/** Seconds a shed request is told to wait: overload passes in seconds, and spreading retries matters more than precision. */
export const OVERLOADED_RETRY_AFTER_SECONDS = 2;

/**
 * A 503 answered at once because the gateway already has as many calls waiting as it allows (load shedding): the
 * request did nothing anywhere and may simply be sent again. The error filter turns retryAfterSeconds into Retry-After.
 */
export class OverloadedError extends AppError {
  readonly retryAfterSeconds = OVERLOADED_RETRY_AFTER_SECONDS;

  constructor() {
    super(503, 'overloaded', `Hệ thống đang có quá nhiều yêu cầu cùng lúc; yêu cầu chưa được thực hiện, vui lòng thử lại sau ${OVERLOADED_RETRY_AFTER_SECONDS} giây`);
  }
}
