import { ApiProperty } from '@nestjs/swagger';

class FieldProblemDoc {
  @ApiProperty({ example: 'applicant.phone' }) field: string;
  @ApiProperty({ example: 'phải là số điện thoại Việt Nam gồm 10 chữ số, bắt đầu bằng 0' }) reason: string;
}

/** The body of every error answer (see toErrorResponse). */
export class ErrorResponseDoc {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'invalid_input' }) code: string;
  @ApiProperty({ example: 'Dữ liệu gửi lên không hợp lệ; xem danh sách trường bị sai' }) message: string;
  @ApiProperty({ type: [FieldProblemDoc], required: false }) fields?: FieldProblemDoc[];
  @ApiProperty({
    type: Object,
    required: false,
    description: 'Structured data for the client besides the fields, e.g. `supplementRequest` (form 02: id, number, items, contact, printPath) with a 422 dossier_incomplete',
  })
  details?: Record<string, unknown>;
  @ApiProperty({ example: '3f0c6a1e-2b7d-4e0f-9a51-0d2b8c7e4f11' }) correlationId: string;
}
