import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "2 in 1" intakes: one row per bundle received, its children are ordinary dossiers pointing at it. */
export class Bundles1763700000270 implements MigrationInterface {
  name = 'Bundles1763700000270';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE intake.dossier_bundles (
      id uuid PRIMARY KEY,
      bundle_code text NOT NULL,
      bundle_name text NOT NULL,
      receiving_unit_code text NOT NULL,
      child_codes jsonb NOT NULL,
      received_at timestamptz NOT NULL,
      appointment_at timestamptz NOT NULL,
      received_by text NOT NULL
    )`);
    await q.query(`ALTER TABLE intake.dossiers ADD COLUMN bundle_id uuid REFERENCES intake.dossier_bundles (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers DROP COLUMN bundle_id`);
    await q.query(`DROP TABLE intake.dossier_bundles`);
  }
}
