import { applyDecorators } from '@nestjs/common';
import { ApiParam, ApiProperty, ApiResponse } from '@nestjs/swagger';
import { DOSSIER_CODE_PATTERN } from '@motcua/contracts';

class FieldProblemDoc {
  @ApiProperty({ example: 'applicant.phone' }) field: string;
  @ApiProperty({ example: 'phone must be a 10-digit Vietnamese number starting with 0' }) reason: string;
}

/** The body of every error answer (see toErrorResponse). */
export class ErrorResponseDoc {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'invalid_input' }) code: string;
  @ApiProperty({ example: 'Dữ liệu gửi lên không hợp lệ; xem danh sách trường bị sai' }) message: string;
  @ApiProperty({ type: [FieldProblemDoc], required: false }) fields?: FieldProblemDoc[];
  @ApiProperty({ example: '3f0c6a1e-2b7d-4e0f-9a51-0d2b8c7e4f11' }) correlationId: string;
}

/** What any endpoint that forwards to a service can answer besides success. */
export function ApiDownstreamErrors(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiResponse({ status: 400, type: ErrorResponseDoc, description: 'Invalid input: `fields` names each field, header or parameter at fault' }),
    ApiResponse({ status: 404, type: ErrorResponseDoc, description: 'Not found (or not visible to your unit)' }),
    ApiResponse({ status: 409, type: ErrorResponseDoc, description: 'Conflict with the current state' }),
    ApiResponse({ status: 422, type: ErrorResponseDoc, description: 'A business rule refused it' }),
    ApiResponse({ status: 503, type: ErrorResponseDoc, description: 'The owning service did not answer in time; retry (same Idempotency-Key for commands)' }),
  );
}

export function ApiDossierCodeParam(): MethodDecorator {
  return ApiParam({ name: 'code', description: 'Dossier code', example: '000.72.69.H20-260302-0001', schema: { type: 'string', pattern: DOSSIER_CODE_PATTERN.source } });
}
