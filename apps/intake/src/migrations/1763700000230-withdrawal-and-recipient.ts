import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A dossier withdrawn at the citizen's request (terminal), and who received a result handed over at the desk. */
export class WithdrawalAndRecipient1763700000230 implements MigrationInterface {
  name = 'WithdrawalAndRecipient1763700000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers DROP CONSTRAINT dossiers_status_check`);
    await q.query(`ALTER TABLE intake.dossiers ADD CONSTRAINT dossiers_status_check
      CHECK (status IN ('received', 'in-progress', 'supplement-requested', 'result-ready', 'handed-over', 'withdrawn'))`);
    await q.query(`ALTER TABLE intake.dossiers
      ADD COLUMN withdrawn_at timestamptz,
      ADD COLUMN withdrawn_by text,
      ADD COLUMN withdrawal jsonb,
      ADD COLUMN handed_over_to jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers DROP COLUMN withdrawn_at, DROP COLUMN withdrawn_by, DROP COLUMN withdrawal, DROP COLUMN handed_over_to`);
    await q.query(`ALTER TABLE intake.dossiers DROP CONSTRAINT dossiers_status_check`);
    await q.query(`ALTER TABLE intake.dossiers ADD CONSTRAINT dossiers_status_check
      CHECK (status IN ('received', 'in-progress', 'supplement-requested', 'result-ready', 'handed-over'))`);
  }
}
