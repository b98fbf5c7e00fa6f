import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Số lượng hồ sơ (form 01, item 2): how many sets the citizen handed in; earlier dossiers were one set. */
export class DossierSets1763700000290 implements MigrationInterface {
  name = 'DossierSets1763700000290';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers ADD COLUMN sets smallint NOT NULL DEFAULT 1 CHECK (sets BETWEEN 1 AND 10)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers DROP COLUMN sets`);
  }
}
