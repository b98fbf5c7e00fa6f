import { Injectable } from '@nestjs/common';
import { AppError } from '@motcua/contracts';
import { noteAuditActor, noteAuditTarget } from '../../../audit/record/audit-context';
import type { SessionTokens } from '../../login/login.body';
import { StaffStore } from '../../staff/staff.store';
import { SessionIssuer } from '../session-issuer';
import { SessionStore } from '../session.store';

const MESSAGES = {
  reused: 'Mã làm mới đã được dùng trước đó; để an toàn, phiên đăng nhập này đã bị hủy. Vui lòng đăng nhập lại',
  other: 'Phiên đăng nhập đã kết thúc; vui lòng đăng nhập lại',
};

/** Refresh-token rotation: the token is spent, the next pair issued; a spent token coming back revokes its session. */
@Injectable()
export class Refresh {
  constructor(
    private readonly sessions: SessionStore,
    private readonly issuer: SessionIssuer,
    private readonly staff: StaffStore,
  ) {}

  async execute(refreshToken: string): Promise<SessionTokens> {
    const result = await this.sessions.rotate(refreshToken);
    // The account a refresh is about, failed ones included: a reused token is what an auditor looks for.
    const staffId = result.staffId;
    const staff = staffId ? await this.staff.findById(staffId) : undefined;
    if (staff) noteAuditActor({ staffId: staff.id, username: staff.username, unitCode: staff.unitCode, roles: staff.roles });
    if (!result.ok) {
      noteAuditTarget({ refusedBecause: result.reason });
      if (result.reason === 'reused') throw new AppError(401, 'refresh_token_reused', MESSAGES.reused);
      throw new AppError(401, 'session_ended', MESSAGES.other);
    }
    if (!staff) throw new AppError(401, 'session_ended', MESSAGES.other);
    noteAuditTarget({ sessionId: result.sessionId });
    return this.issuer.pair(staff, result);
  }
}
