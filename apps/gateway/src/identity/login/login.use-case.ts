import { Injectable } from '@nestjs/common';
import { AppError } from '@motcua/contracts';
import { dummyPasswordHash, verifyPassword } from '../password/password-hash';
import { StaffStore } from '../staff/staff.store';
import { AccessTokens } from '../token/access-tokens';
import type { LoginBody, LoginResult } from './login.body';

/** One message for unknown user, wrong password and disabled account: the answer must not reveal which. */
const INVALID_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng';

@Injectable()
export class Login {
  constructor(
    private readonly store: StaffStore,
    private readonly tokens: AccessTokens,
  ) {}

  async execute(body: LoginBody): Promise<LoginResult> {
    const staff = await this.store.findByUsername(body.username);
    // Always one scrypt run, so response time does not tell whether the username exists.
    const passwordOk = await verifyPassword(body.password, staff?.passwordHash ?? (await dummyPasswordHash()));
    if (!staff || !passwordOk || staff.disabled) throw new AppError(401, 'invalid_credentials', INVALID_CREDENTIALS);

    const { token, expiresAt } = this.tokens.issue({ staffId: staff.id, unitCode: staff.unitCode, roles: staff.roles });
    return {
      accessToken: token,
      expiresAt: expiresAt.toISOString(),
      staff: { id: staff.id, username: staff.username, displayName: staff.displayName, unitCode: staff.unitCode, roles: staff.roles },
    };
  }
}
