import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Form 02 names whom to ask (the issuing clerk, the desk's phone) and, for a "2 in 1" intake, the bundle. */
export class DeskFormContact1763700000280 implements MigrationInterface {
  name = 'DeskFormContact1763700000280';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.desk_supplement_requests ADD COLUMN contact jsonb, ADD COLUMN bundle jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake.desk_supplement_requests DROP COLUMN bundle, DROP COLUMN contact`);
  }
}
