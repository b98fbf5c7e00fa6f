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

/** What a login and a refresh answer: a short-lived access token and the single-use refresh token behind it. */
export class SessionTokens {
  @ApiProperty({ description: 'Bearer token for the Authorization header (short-lived)', example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdGFmZklkIjoi…' })
  accessToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'Single use: POST it to /api/auth/refresh for the next pair. Keep it out of logs and URLs.', example: 'q0nF7m1m3bPZ5y9Xo0j2m2m3b2n1Y5q0nF7m1m3bPZ5' })
  refreshToken: string;
  @ApiProperty({ format: 'date-time' }) refreshExpiresAt: string;
  @ApiProperty({ description: 'True after an administrator set the password: only /api/auth/password (and /me, /logout) work until it is changed' })
  mustChangePassword: boolean;
}

export class LoginResult extends SessionTokens {
  @ApiProperty({ type: LoginStaffView }) staff: LoginStaffView;
}
