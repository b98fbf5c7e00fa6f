import type { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import type { GatewayConfig } from '../config/gateway-config';
import { GatewayModule } from '../gateway.module';
import { HttpErrorFilter } from './errors/http-error.filter';
import { setupOpenApi } from './openapi/setup-openapi';

/** The gateway's HTTP concerns on top of what the platform set up (correlation ids, JSON logs, health). */
export function configureHttp(app: INestApplication, config: GatewayConfig): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  express.disable('x-powered-by');
  if (config.trustProxy !== undefined) express.set('trust proxy', config.trustProxy);
  app.useGlobalFilters(new HttpErrorFilter());
  setupOpenApi(app, GatewayModule);
}
