import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class AuditActorView {
  @ApiProperty({ format: 'uuid' }) staffId: string;
  @ApiProperty({ example: 'clerk.tanphuoc', nullable: true }) username: string | null;
  @ApiProperty({ example: '29972', nullable: true }) unitCode: string | null;
  @ApiProperty({ example: ['desk-clerk'], type: [String] }) roles: string[];
}

class AuditEntryView {
  @ApiProperty({ example: '1042' }) id: string;
  @ApiProperty({ example: '2026-03-02T02:15:04.120Z' }) at: string;
  @ApiProperty({ example: 38 }) durationMs: number;
  @ApiPropertyOptional({ type: AuditActorView, nullable: true, description: 'null: nobody identified (e.g. a login for an unknown username)' })
  actor: AuditActorView | null;
  @ApiProperty({ example: 'POST /api/dossiers/:code/hand-over' }) action: string;
  @ApiProperty({ example: { code: '000.72.69.H20-260302-0001' }, description: 'Identifiers of what was acted on; never personal data' })
  target: Record<string, unknown>;
  @ApiProperty({ example: 200 }) status: number;
  @ApiProperty({ enum: ['succeeded', 'refused', 'failed'], example: 'succeeded' }) outcome: string;
  @ApiProperty({ example: null, nullable: true }) errorCode: string | null;
  @ApiProperty({ example: '3f0c6a1e-2b7d-4e0f-9a51-0d2b8c7e4f11', nullable: true }) correlationId: string | null;
}

export class AuditLogPage {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiProperty({ example: '1001', nullable: true, description: 'Pass as `before` for the next (older) page; null on the last page' })
  nextBefore: string | null;
}
