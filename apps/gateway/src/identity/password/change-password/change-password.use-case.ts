import { Injectable } from '@nestjs/common';
import { AppError, type StaffActor } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { LoginThrottle } from '../../lockout/login-throttle';
import { lockedError } from '../../login/login.use-case';
import { SessionStore } from '../../session/session.store';
import { StaffStore } from '../../staff/staff.store';
import { hashPassword, verifyPassword } from '../password-hash';
import { passwordProblems } from '../password-policy';
import type { ChangePasswordBody } from './change-password.body';

const INVALID = 'Không đổi được mật khẩu; xem trường bị sai';

/**
 * A staff member changes their own password: the current one is checked (and a wrong one counts towards the
 * lockout, like a login), the new one must meet the policy; every other session of the account ends.
 */
@Injectable()
export class ChangePassword {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: StaffStore,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionStore,
  ) {}

  async execute(actor: StaffActor, sessionId: string, body: ChangePasswordBody): Promise<void> {
    const staff = await this.store.findById(actor.staffId);
    if (!staff) throw new AppError(401, 'session_ended', 'Phiên đăng nhập đã kết thúc; vui lòng đăng nhập lại');
    const lockedUntil = await this.throttle.lockedUntil(staff.username);
    if (lockedUntil) throw lockedError(lockedUntil);
    const problems = passwordProblems(body.newPassword, staff.username);
    if (body.newPassword === body.currentPassword) problems.push({ field: 'newPassword', reason: 'phải khác mật khẩu hiện tại' });
    // The policy is checked first: a weak new password must not cost a lockout attempt.
    if (problems.length > 0) throw AppError.invalid(problems, INVALID);
    if (!(await verifyPassword(body.currentPassword, staff.passwordHash))) {
      await this.throttle.recordFailure(staff.username);
      throw AppError.invalid([{ field: 'currentPassword', reason: 'không đúng mật khẩu hiện tại' }], INVALID);
    }
    const passwordHash = await hashPassword(body.newPassword);
    await this.dataSource.transaction(async (tx) => {
      await this.store.setPassword(staff.id, passwordHash, false, tx);
      await this.sessions.revokeAllOf(staff.id, 'password-changed', tx, sessionId);
      await this.throttle.clear(staff.username, tx);
    });
  }
}
