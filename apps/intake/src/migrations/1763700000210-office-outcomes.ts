import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the office's decisions change at the desk: supplements, a moved appointment, a refusal to hand over. */
export class OfficeOutcomes1763700000210 implements MigrationInterface {
  name = 'OfficeOutcomes1763700000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers DROP CONSTRAINT dossiers_status_check`);
    await q.query(`ALTER TABLE intake.dossiers ADD CONSTRAINT dossiers_status_check
      CHECK (status IN ('received', 'in-progress', 'supplement-requested', 'result-ready', 'handed-over'))`);
    await q.query(`ALTER TABLE intake.dossiers
      ADD COLUMN outcome text CHECK (outcome IN ('resolved', 'refused')),
      ADD COLUMN supplement_items jsonb,
      ADD COLUMN supplement_requested_at timestamptz,
      ADD COLUMN supplemented_at timestamptz,
      ADD COLUMN supplement_documents jsonb,
      ADD COLUMN previous_appointment_at timestamptz,
      ADD COLUMN delay_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers DROP COLUMN outcome, DROP COLUMN supplement_items, DROP COLUMN supplement_requested_at,
      DROP COLUMN supplemented_at, DROP COLUMN supplement_documents, DROP COLUMN previous_appointment_at, DROP COLUMN delay_reason`);
  }
}
