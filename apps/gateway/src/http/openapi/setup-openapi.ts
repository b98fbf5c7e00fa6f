import type { INestApplication, Type } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_PATH = 'api/docs';

/** Swagger UI at /api/docs, the document at /api/docs-json; only the gateway's own API (not health). */
export function setupOpenApi(app: INestApplication, apiModule: Type): void {
  const config = new DocumentBuilder()
    .setTitle('motcua gateway')
    .setDescription(
      'HTTP API of the one-stop desk system (Bộ phận một cửa). Log in at POST /api/auth/login, then send ' +
        '`Authorization: Bearer <accessToken>`. Each endpoint lists its allowed roles (x-roles); services restrict ' +
        'answers to your unit. Commands require an `Idempotency-Key` header. Errors: { statusCode, code, message, fields?, correlationId }.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'HS256 compact token' })
    .build();
  const document = SwaggerModule.createDocument(app, config, { include: [apiModule] });
  SwaggerModule.setup(OPENAPI_PATH, app, document);
}
