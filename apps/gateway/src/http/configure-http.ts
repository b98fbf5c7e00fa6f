import type { INestApplication } from '@nestjs/common';
import compression from 'compression';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { GatewayConfig } from '../config/gateway-config';
import { auditMiddleware } from '../audit/record/audit.middleware';
import { AuditLogStore } from '../audit/record/audit-log.store';
import { publicLaneMiddleware } from '../downstream/in-flight-limit';
import { GatewayModule } from '../gateway.module';
import { HttpErrorFilter } from './errors/http-error.filter';
import { setupOpenApi } from './openapi/setup-openapi';
import { jsonOnly } from './security/json-only.middleware';
import { applySecurityHeaders } from './security/security-headers';
import { serveWebApp } from './web-app/serve-web-app';

/**
 * The gateway's HTTP concerns on top of what the platform set up (correlation id on every response, JSON logs,
 * health), in the order requests meet them: headers, JSON only, size-limited parsing, the audit trail.
 */
export function configureHttp(app: INestApplication, config: GatewayConfig): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  if (config.trustProxy !== undefined) express.set('trust proxy', config.trustProxy);
  applySecurityHeaders(app, config);
  // gzip for every answer above 1 KB: the web app's entry is ~440 KB raw, ~140 KB gzipped, on a commune's slow link.
  app.use(compression());
  app.use(jsonOnly);
  // Registered before Nest's defaults, which it then skips: a larger body is a 413 before anything reads it.
  express.useBodyParser('json', { limit: config.bodyLimitBytes });
  express.useBodyParser('urlencoded', { limit: config.bodyLimitBytes, extended: false });
  app.use(auditMiddleware(app.get(AuditLogStore)));
  // Calls from the public endpoints count against their own, smaller in-flight cap (see Downstream).
  app.use('/api/public', publicLaneMiddleware);
  serveWebApp(express, config.webDistDir);
  app.useGlobalFilters(new HttpErrorFilter());
  setupOpenApi(app, GatewayModule);
}
