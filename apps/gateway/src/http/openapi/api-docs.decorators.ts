import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiParam, ApiResponse } from '@nestjs/swagger';
import { DOSSIER_CODE_PATTERN, type PayloadClass } from '@motcua/contracts';
import { contractSchema } from './contract-schema';
import { ErrorResponseDoc } from './error-response.doc';

export { ErrorResponseDoc };

/** What any endpoint that forwards to a service can answer besides success. */
export function ApiDownstreamErrors(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiResponse({ status: 400, type: ErrorResponseDoc, description: 'Invalid input: `fields` names each field, header or parameter at fault' }),
    ApiResponse({ status: 404, type: ErrorResponseDoc, description: 'Not found (or not visible to your unit)' }),
    ApiResponse({ status: 409, type: ErrorResponseDoc, description: 'Conflict with the current state' }),
    ApiResponse({ status: 422, type: ErrorResponseDoc, description: 'A business rule refused it' }),
    ApiResponse({ status: 503, type: ErrorResponseDoc, description: 'The owning service did not answer in time, a database is restarting, or the gateway is overloaded (code overloaded: refused at once, nothing done); retry after Retry-After seconds (same Idempotency-Key for commands)' }),
  );
}

export function ApiDossierCodeParam(): MethodDecorator {
  return ApiParam({ name: 'code', description: 'Dossier code', example: '000.72.69.H20-260302-0001', schema: { type: 'string', pattern: DOSSIER_CODE_PATTERN.source } });
}

/** A JSON request body described from its class-validator class, with a worked example. */
export function ApiJsonBody(cls: PayloadClass, example: object, description?: string): MethodDecorator {
  return ApiBody({ schema: contractSchema(cls), description, examples: { example: { summary: 'Ví dụ', value: example } } });
}

export function ApiStaffIdParam(): MethodDecorator {
  return ApiParam({ name: 'id', description: 'Staff account id', schema: { type: 'string', format: 'uuid' } });
}
