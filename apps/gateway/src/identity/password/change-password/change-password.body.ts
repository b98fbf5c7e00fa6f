import { IsString, Length } from 'class-validator';

export class ChangePasswordBody {
  @IsString() @Length(1, 256) currentPassword: string;
  /** At least 10 characters, not a common password, not containing the username (see password-policy.ts). */
  @IsString() @Length(1, 256) newPassword: string;
}
