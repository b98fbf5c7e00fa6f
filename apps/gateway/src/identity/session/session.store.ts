import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { StaffRole } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config/gateway-config';
import type { Sql } from '../staff/staff.store';

export type RevokeReason = 'logout' | 'refresh-token-reused' | 'password-changed' | 'password-reset' | 'account-changed' | 'account-disabled';

export interface IssuedRefreshToken {
  sessionId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** What the auth guard needs to know about a live session, read fresh on every request. */
export interface LiveSession {
  staffId: string;
  username: string;
  unitCode: string;
  roles: StaffRole[];
  mustChangePassword: boolean;
  /** Printed where a form names its officer (the actor carries it to the services). */
  displayName: string;
}

export type RotateResult =
  | ({ ok: true; staffId: string } & IssuedRefreshToken)
  | { ok: false; reason: 'unknown' | 'reused' | 'expired' | 'revoked' | 'account-disabled'; staffId?: string };

export const REFRESH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const hash = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * Sessions and their refresh tokens. A refresh token is single-use: redeeming it issues the next one of the same
 * session; redeeming one a second time means it was copied, so the whole session (the family) is revoked.
 */
@Injectable()
export class SessionStore {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async start(staffId: string, sql: Sql = this.dataSource): Promise<IssuedRefreshToken> {
    const [{ id, expires_at }] = await sql.query(
      `INSERT INTO identity.sessions (staff_id, expires_at) VALUES ($1, now() + make_interval(secs => $2)) RETURNING id, expires_at`,
      [staffId, this.config.sessionMaxSeconds],
    );
    return this.issue(id, new Date(expires_at), sql);
  }

  async rotate(refreshToken: string): Promise<RotateResult> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `SELECT t.session_id, t.used_at, t.expires_at < now() AS token_expired, s.staff_id, s.revoked_at, s.expires_at AS session_expires_at,
                s.expires_at < now() AS session_expired, st.disabled
         FROM identity.refresh_tokens t JOIN identity.sessions s ON s.id = t.session_id JOIN identity.staff st ON st.id = s.staff_id
         WHERE t.token_hash = $1 FOR UPDATE OF t, s`,
        [hash(refreshToken)],
      );
      if (!row) return { ok: false, reason: 'unknown' } as const;
      const staffId: string = row.staff_id;
      if (row.revoked_at) return { ok: false, reason: 'revoked', staffId } as const;
      if (row.used_at) {
        // Committed with the answer: the thief and the owner both lose the session; the owner logs in again.
        await this.revoke(row.session_id, 'refresh-token-reused', tx);
        return { ok: false, reason: 'reused', staffId } as const;
      }
      if (row.disabled) {
        await this.revoke(row.session_id, 'account-disabled', tx);
        return { ok: false, reason: 'account-disabled', staffId } as const;
      }
      if (row.token_expired || row.session_expired) return { ok: false, reason: 'expired', staffId } as const;
      await tx.query(`UPDATE identity.refresh_tokens SET used_at = now() WHERE token_hash = $1`, [hash(refreshToken)]);
      const next = await this.issue(row.session_id, new Date(row.session_expires_at), tx);
      return { ok: true, staffId: row.staff_id, ...next } as const;
    });
  }

  /** The session behind an access token, if it is still live (not revoked, not expired, account enabled). */
  async live(sessionId: string, staffId: string): Promise<LiveSession | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT st.id, st.username, st.display_name, st.unit_code, st.roles, st.must_change_password FROM identity.sessions s JOIN identity.staff st ON st.id = s.staff_id
       WHERE s.id = $1 AND s.staff_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT st.disabled`,
      [sessionId, staffId],
    );
    return row
      ? { staffId: row.id, username: row.username, displayName: row.display_name, unitCode: row.unit_code, roles: row.roles, mustChangePassword: row.must_change_password }
      : undefined;
  }

  async revoke(sessionId: string, reason: RevokeReason, sql: Sql = this.dataSource): Promise<void> {
    await sql.query(`UPDATE identity.sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, reason]);
  }

  /** Ends every session of a staff member (but `keep`, the caller's own, when given). */
  async revokeAllOf(staffId: string, reason: RevokeReason, sql: Sql, keep?: string): Promise<void> {
    await sql.query(
      `UPDATE identity.sessions SET revoked_at = now(), revoked_reason = $2
       WHERE staff_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [staffId, reason, keep ?? null],
    );
  }

  /** Housekeeping: sessions (and their tokens) that ended more than a day ago. */
  async pruneEnded(): Promise<number> {
    const [, count] = await this.dataSource.query(
      `DELETE FROM identity.sessions WHERE coalesce(revoked_at, expires_at) < now() - interval '1 day'`,
    );
    return count;
  }

  private async issue(sessionId: string, sessionExpiresAt: Date, sql: Sql): Promise<IssuedRefreshToken> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Math.min(Date.now() + this.config.refreshTokenTtlSeconds * 1000, sessionExpiresAt.getTime()));
    await sql.query(`INSERT INTO identity.refresh_tokens (token_hash, session_id, expires_at) VALUES ($1, $2, $3)`, [
      hash(refreshToken),
      sessionId,
      refreshExpiresAt,
    ]);
    return { sessionId, refreshToken, refreshExpiresAt };
  }
}
