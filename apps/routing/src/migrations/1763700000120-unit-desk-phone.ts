import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The desk's public phone per unit version, printed on form 02 as the number to call (optional). */
export class UnitDeskPhone1763700000120 implements MigrationInterface {
  name = 'UnitDeskPhone1763700000120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE routing.units ADD COLUMN desk_phone text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE routing.units DROP COLUMN desk_phone`);
  }
}
