import { Injectable } from '@nestjs/common';
import { AppError } from '@motcua/contracts';
import { noteAuditActor } from '../../audit/record/audit-context';
import { LoginThrottle } from '../lockout/login-throttle';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '../password/password-hash';
import { StaffStore } from '../staff/staff.store';
import { SessionIssuer } from '../session/session-issuer';
import type { LoginBody, LoginResult } from './login.body';

/** One message for unknown user, wrong password and disabled account: the answer must not reveal which. */
const INVALID_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng';

export function lockedError(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError(429, 'login_locked', `Tên đăng nhập này tạm khóa do đăng nhập sai nhiều lần; vui lòng thử lại sau ${minutes} phút hoặc liên hệ quản trị đơn vị`);
}

@Injectable()
export class Login {
  constructor(
    private readonly store: StaffStore,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionIssuer,
  ) {}

  async execute(body: LoginBody): Promise<LoginResult> {
    // A locked username is refused before any password check, known or not (the lock itself reveals nothing).
    const lockedUntil = await this.throttle.lockedUntil(body.username);
    if (lockedUntil) throw lockedError(lockedUntil);

    const staff = await this.store.findByUsername(body.username);
    if (staff) noteAuditActor({ staffId: staff.id, username: staff.username, unitCode: staff.unitCode, roles: staff.roles });
    // Always one scrypt run, so response time does not tell whether the username exists.
    const passwordOk = await verifyPassword(body.password, staff?.passwordHash ?? (await dummyPasswordHash()));
    if (!staff || !passwordOk || staff.disabled) {
      await this.throttle.recordFailure(body.username);
      throw new AppError(401, 'invalid_credentials', INVALID_CREDENTIALS);
    }
    await this.throttle.clear(body.username);
    if (needsRehash(staff.passwordHash)) await this.store.rehash(staff.id, await hashPassword(body.password));

    const tokens = await this.sessions.start(staff);
    return {
      ...tokens,
      staff: { id: staff.id, username: staff.username, displayName: staff.displayName, unitCode: staff.unitCode, roles: staff.roles },
    };
  }
}
