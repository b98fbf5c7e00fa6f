import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The fee of each dossier (channel amount, exemption, fee receipt number) and the receipt numbers used per desk. */
export class Fees1763700000250 implements MigrationInterface {
  name = 'Fees1763700000250';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.dossiers ADD COLUMN fee jsonb`);
    // One fee receipt pays one dossier: the same number twice at a desk is a clerk's slip, refused.
    await q.query(`CREATE UNIQUE INDEX dossiers_fee_receipt_number ON intake.dossiers (receiving_unit_code, (fee ->> 'receiptNumber'))
      WHERE fee ->> 'receiptNumber' IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX intake.dossiers_fee_receipt_number`);
    await q.query(`ALTER TABLE intake.dossiers DROP COLUMN fee`);
  }
}
