import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who handed the dossier in and who helped, apart from its owner (the applicant); names stay in intake. */
export class Channels1763700000240 implements MigrationInterface {
  name = 'Channels1763700000240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers ADD COLUMN submitter jsonb, ADD COLUMN assisted_by jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers DROP COLUMN submitter, DROP COLUMN assisted_by`);
  }
}
