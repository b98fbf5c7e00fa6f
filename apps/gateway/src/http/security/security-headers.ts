import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';
import type { GatewayConfig } from '../../config/gateway-config';

/**
 * Security headers (helmet's defaults: CSP, HSTS, nosniff, frame-ancestors 'none', no referrer…), which the
 * OpenAPI UI also works under, and CORS for the configured browser origins only. Tokens travel in the
 * Authorization header, never cookies, so no credentials mode is needed.
 */
export function applySecurityHeaders(app: INestApplication, config: GatewayConfig): void {
  app.use(helmet({ crossOriginResourcePolicy: { policy: 'same-site' } }));
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Correlation-Id'],
      exposedHeaders: ['X-Correlation-Id', 'Retry-After'],
      maxAge: 600,
    });
  }
}
