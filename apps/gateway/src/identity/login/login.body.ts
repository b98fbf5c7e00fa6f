import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginBody {
  @ApiProperty({ example: 'clerk.tanphuoc' })
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'demo1234', format: 'password' })
  @IsString()
  @Length(1, 256)
  password: string;
}

export class LoginStaffView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'clerk.tanphuoc' }) username: string;
  @ApiProperty({ example: 'Cán bộ một cửa xã Tân Phước' }) displayName: string;
  @ApiProperty({ example: '29972' }) unitCode: string;
  @ApiProperty({ example: ['desk-clerk'], type: [String] }) roles: string[];
}

export class LoginResult {
  @ApiProperty({ description: 'Bearer token for the Authorization header' }) accessToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: LoginStaffView }) staff: LoginStaffView;
}
