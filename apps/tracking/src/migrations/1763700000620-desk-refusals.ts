import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refusals at the desk (form 03): counted per day and month apart from received dossiers, and one row per refusal
 * (no applicant, no reasons) so a refusal announced twice under different message ids still counts once.
 */
export class DeskRefusals1763700000620 implements MigrationInterface {
  name = 'DeskRefusals1763700000620';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tracking.stat_cells ADD COLUMN refused_at_desk bigint NOT NULL DEFAULT 0');
    await q.query(`CREATE TABLE tracking.desk_refusals (
      refusal_id uuid PRIMARY KEY,
      number text NOT NULL,
      receiving_unit_code text NOT NULL,
      procedure_code text NOT NULL,
      channel text NOT NULL,
      reason_count integer NOT NULL,
      refused_at timestamptz NOT NULL
    )`);
    await q.query('CREATE INDEX desk_refusals_by_unit ON tracking.desk_refusals (receiving_unit_code, refused_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE tracking.desk_refusals');
    await q.query('ALTER TABLE tracking.stat_cells DROP COLUMN refused_at_desk');
  }
}
