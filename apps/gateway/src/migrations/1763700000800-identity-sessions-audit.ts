import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions with rotating refresh tokens, login lockout, per-code public lookup counters, and the append-only
 * audit log of state-changing requests.
 */
export class IdentitySessionsAudit1763700000800 implements MigrationInterface {
  name = 'IdentitySessionsAudit1763700000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE identity.staff
      ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
      ADD COLUMN password_changed_at timestamptz,
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
      ADD CONSTRAINT staff_roles_known CHECK (roles <@ ARRAY['desk-clerk','after-hours-clerk','office-handler','office-head','unit-admin','province-admin','auditor']::text[])`);
    await q.query(`CREATE INDEX staff_unit ON identity.staff (unit_code)`);

    // A session is one login and its chain of refresh tokens (the "family" revoked as a whole on reuse).
    await q.query(`CREATE TABLE identity.sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      staff_id uuid NOT NULL REFERENCES identity.staff(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      revoked_reason text CHECK (revoked_reason IN ('logout','refresh-token-reused','password-changed','password-reset','account-changed','account-disabled'))
    )`);
    await q.query(`CREATE INDEX sessions_live_by_staff ON identity.sessions (staff_id) WHERE revoked_at IS NULL`);
    // Only the SHA-256 of a refresh token is stored: a leaked table gives no usable token.
    await q.query(`CREATE TABLE identity.refresh_tokens (
      token_hash bytea PRIMARY KEY,
      session_id uuid NOT NULL REFERENCES identity.sessions(id) ON DELETE CASCADE,
      issued_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX refresh_tokens_session ON identity.refresh_tokens (session_id)`);

    // Keyed by a hash of the normalized username, existing or not: a lockout must not tell which usernames exist.
    await q.query(`CREATE TABLE identity.login_throttle (
      key bytea PRIMARY KEY,
      failures int NOT NULL,
      last_failure_at timestamptz NOT NULL,
      locked_until timestamptz
    )`);

    await q.query(`CREATE TABLE identity.public_lookup_attempts (
      dossier_code text PRIMARY KEY,
      window_start timestamptz NOT NULL,
      failures int NOT NULL
    )`);

    await q.query(`CREATE TABLE identity.audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      duration_ms int NOT NULL,
      actor_staff_id uuid,
      actor_username text,
      actor_unit_code text,
      actor_roles text[],
      action text NOT NULL,
      target jsonb NOT NULL DEFAULT '{}'::jsonb,
      status int NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('succeeded','refused','failed')),
      error_code text,
      correlation_id text
    )`);
    await q.query(`CREATE INDEX audit_log_at ON identity.audit_log (at)`);
    await q.query(`CREATE INDEX audit_log_unit ON identity.audit_log (actor_unit_code, id)`);
    await q.query(`CREATE INDEX audit_log_actor ON identity.audit_log (actor_staff_id, id)`);
    // Append-only in the database itself, not only by convention of the code that writes it.
    await q.query(`CREATE FUNCTION identity.audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'identity.audit_log is append-only'; END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON identity.audit_log
      FOR EACH ROW EXECUTE FUNCTION identity.audit_log_is_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON identity.audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION identity.audit_log_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE identity.audit_log');
    await q.query('DROP FUNCTION identity.audit_log_is_append_only()');
    await q.query('DROP TABLE identity.public_lookup_attempts');
    await q.query('DROP TABLE identity.login_throttle');
    await q.query('DROP TABLE identity.refresh_tokens');
    await q.query('DROP TABLE identity.sessions');
    await q.query('DROP INDEX identity.staff_unit');
    await q.query(`ALTER TABLE identity.staff DROP CONSTRAINT staff_roles_known,
      DROP COLUMN must_change_password, DROP COLUMN password_changed_at, DROP COLUMN updated_at`);
  }
}
