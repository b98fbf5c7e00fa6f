import type { INestApplication, Type } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Swagger UI at /docs (document at /docs-json), and at the older /api/docs (/api/docs-json): one document. */
export const OPENAPI_PATHS = ['docs', 'api/docs'] as const;

const DESCRIPTION = [
  'HTTP API of the one-stop desk system (Bộ phận Một cửa).',
  '',
  '**Staff**: log in at `POST /api/auth/login`, then send `Authorization: Bearer <accessToken>`. The access token lives',
  '15 minutes; trade the single-use `refreshToken` at `POST /api/auth/refresh` for a new pair (a refresh token used twice',
  'ends the session). Each endpoint lists its allowed roles (`x-roles`); services answer only within your unit.',
  '',
  '**Citizens** (no login): `POST /api/public/dossier-status` (dossier code + last 4 digits of the phone or ID number)',
  'and `GET /api/public/procedures`.',
  '',
  'Commands sent to services require an `Idempotency-Key` header. Every response carries `X-Correlation-Id`. Errors:',
  '`{ statusCode, code, message, fields?, details?, correlationId }`, where `fields` names each field at fault and why and',
  '`details` carries structured data to act on (e.g. the form 02 recorded with a 422 for an incomplete dossier).',
  'Every state-changing request is recorded in the audit log (`GET /api/audit-log`).',
].join('\n');

/** The document covers the gateway's own API (not health); built once, served at both paths. */
export function setupOpenApi(app: INestApplication, apiModule: Type): void {
  const config = new DocumentBuilder()
    .setTitle('motcua gateway')
    .setDescription(DESCRIPTION)
    .setVersion('0.2.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'HS256 compact token' })
    .build();
  const document = SwaggerModule.createDocument(app, config, { include: [apiModule] });
  for (const path of OPENAPI_PATHS) SwaggerModule.setup(path, app, document);
}
