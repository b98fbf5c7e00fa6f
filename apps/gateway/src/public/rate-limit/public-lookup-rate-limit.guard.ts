import { clientRateLimit } from './client-rate-limit';

/** Public status lookups per client IP per minute (PUBLIC_LOOKUP_PER_MINUTE). */
export const PublicLookupRateLimit = clientRateLimit(
  (config) => config.publicLookupsPerMinute,
  (seconds) => `Tra cứu quá nhiều lần; vui lòng thử lại sau ${seconds} giây`,
);

/** Public catalogue requests per client IP per minute (PUBLIC_CATALOGUE_PER_MINUTE). */
export const PublicCatalogueRateLimit = clientRateLimit(
  (config) => config.publicCataloguePerMinute,
  (seconds) => `Truy cập quá nhiều lần; vui lòng thử lại sau ${seconds} giây`,
);

/** Login attempts per client IP per minute (LOGIN_ATTEMPTS_PER_MINUTE): slows password spraying across usernames. */
export const LoginRateLimit = clientRateLimit(
  (config) => config.loginAttemptsPerMinute,
  (seconds) => `Đăng nhập quá nhiều lần từ địa chỉ này; vui lòng thử lại sau ${seconds} giây`,
);
