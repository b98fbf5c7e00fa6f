import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outreach coverage names its campaigns: scheduling's visit events carry the campaign's name (null for older events). */
export class CampaignNames1763700000630 implements MigrationInterface {
  name = 'CampaignNames1763700000630';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tracking.outreach_campaigns ADD COLUMN name text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tracking.outreach_campaigns DROP COLUMN name');
  }
}
