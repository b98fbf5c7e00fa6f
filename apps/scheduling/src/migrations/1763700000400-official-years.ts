import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OfficialYears1763700000400 implements MigrationInterface {
  name = 'OfficialYears1763700000400';

  async up(q: QueryRunner): Promise<void> {
    // One row per year: that year's official decisions (Tết days, Hùng Kings, 2 Sep's neighbour, swap days).
    await q.query(`CREATE TABLE scheduling.official_years (
      year integer PRIMARY KEY,
      decision jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE scheduling.official_years');
  }
}
