import { ApiProperty } from '@nestjs/swagger';
import type { StaffRecord } from '../staff/staff.store';

/** An account as administrators and its owner see it: never the password hash. */
export class StaffView {
  @ApiProperty({ format: 'uuid', example: '6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f' }) id: string;
  @ApiProperty({ example: 'clerk.tanphuoc' }) username: string;
  @ApiProperty({ example: 'Nguyễn Thị Lan' }) displayName: string;
  @ApiProperty({ example: '29972' }) unitCode: string;
  @ApiProperty({ example: ['desk-clerk'], type: [String] }) roles: string[];
  @ApiProperty({ example: false }) disabled: boolean;
  @ApiProperty({ example: false }) mustChangePassword: boolean;
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z' }) updatedAt: string;
}

export function toStaffView(staff: StaffRecord): StaffView {
  return {
    id: staff.id,
    username: staff.username,
    displayName: staff.displayName,
    unitCode: staff.unitCode,
    roles: staff.roles,
    disabled: staff.disabled,
    mustChangePassword: staff.mustChangePassword,
    createdAt: new Date(staff.createdAt).toISOString(),
    updatedAt: new Date(staff.updatedAt).toISOString(),
  };
}

export class StaffPage {
  @ApiProperty({ type: [StaffView] }) items: StaffView[];
  @ApiProperty({ example: 12 }) total: number;
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 50 }) pageSize: number;
}

export class StaffWithTemporaryPassword {
  @ApiProperty({ type: StaffView }) staff: StaffView;
  @ApiProperty({
    example: 'h7Kq2mWz9RtP4xBn',
    description: 'Shown once, never stored in clear: hand it to the staff member, who must change it at first login',
  })
  temporaryPassword: string;
}
