import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A dossier resolved and returned in the same visit on a no-appointment day: its result and timing. */
export class InstantResolution1763700000260 implements MigrationInterface {
  name = 'InstantResolution1763700000260';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers ADD COLUMN instant jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers DROP COLUMN instant`);
  }
}
