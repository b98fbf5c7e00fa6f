import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The receiving unit's province: its own days off count in the transfer's deadlines. */
export class TransferProvince1763700000320 implements MigrationInterface {
  name = 'TransferProvince1763700000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE relay.transfers ADD COLUMN province_code text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE relay.transfers DROP COLUMN province_code`);
  }
}
