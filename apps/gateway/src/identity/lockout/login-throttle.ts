import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config/gateway-config';
import { StaffStore, type Sql } from '../staff/staff.store';

/**
 * Temporary lockout after repeated failed logins, per username, whether the account exists or not (so a lockout
 * tells nothing about which usernames exist). Counters live in Postgres: shared by replicas, kept across restarts.
 * Only a hash of the username is stored: a password typed into the username field does not end up in a table.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  static key(username: string): Buffer {
    return createHash('sha256').update(`login:${StaffStore.normalize(username)}`).digest();
  }

  /** When the username is locked, the moment it unlocks; else undefined. */
  async lockedUntil(username: string, sql: Sql = this.dataSource): Promise<Date | undefined> {
    const [row] = await sql.query(`SELECT locked_until FROM identity.login_throttle WHERE key = $1 AND locked_until > now()`, [LoginThrottle.key(username)]);
    return row ? new Date(row.locked_until) : undefined;
  }

  /**
   * Counts one failure atomically; the failure that reaches the limit locks the username. Failures older than the
   * lock period no longer count (a slip a week ago does not bring a lock closer).
   */
  async recordFailure(username: string, sql: Sql = this.dataSource): Promise<Date | undefined> {
    const [row] = await sql.query(
      `INSERT INTO identity.login_throttle AS t (key, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => $2) OR t.locked_until IS NOT NULL THEN 1 ELSE t.failures + 1 END,
         last_failure_at = now(), locked_until = NULL
       RETURNING failures`,
      [LoginThrottle.key(username), this.config.loginLockSeconds],
    );
    if (row.failures < this.config.loginMaxFailures) return undefined;
    const [[locked]] = await sql.query(
      `UPDATE identity.login_throttle SET locked_until = now() + make_interval(secs => $2) WHERE key = $1 RETURNING locked_until`,
      [LoginThrottle.key(username), this.config.loginLockSeconds],
    );
    return new Date(locked.locked_until);
  }

  async clear(username: string, sql: Sql = this.dataSource): Promise<void> {
    await sql.query(`DELETE FROM identity.login_throttle WHERE key = $1`, [LoginThrottle.key(username)]);
  }

  /** Housekeeping: counters with nothing left to count. */
  async pruneStale(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM identity.login_throttle WHERE coalesce(locked_until, last_failure_at + make_interval(secs => $1)) < now()`,
      [this.config.loginLockSeconds],
    );
  }
}
