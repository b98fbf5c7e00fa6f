import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityStaff1763700000700 implements MigrationInterface {
  name = 'IdentityStaff1763700000700';

  async up(q: QueryRunner): Promise<void> {
    // Usernames are stored lower-case (the login lower-cases too), so UNIQUE is enough.
    await q.query(`CREATE TABLE identity.staff (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL UNIQUE CHECK (username = lower(username)),
      display_name text NOT NULL,
      unit_code text NOT NULL,
      roles text[] NOT NULL CHECK (cardinality(roles) > 0),
      password_hash text NOT NULL,
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE identity.staff');
  }
}
