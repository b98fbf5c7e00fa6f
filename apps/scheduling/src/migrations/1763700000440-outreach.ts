import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outreach1763700000440 implements MigrationInterface {
  name = 'Outreach1763700000440';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE scheduling.outreach_campaigns (
      id uuid PRIMARY KEY,
      unit_code text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('home-visit', 'school-visit', 'mobile-team')),
      procedure_code text,
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // The target list (from the ward police and hamlet heads): the team needs name and address to visit.
    await q.query(`CREATE TABLE scheduling.outreach_targets (
      campaign_id uuid NOT NULL REFERENCES scheduling.outreach_campaigns (id),
      ref text NOT NULL,
      full_name text NOT NULL,
      address text NOT NULL,
      note text,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'not-home', 'declined', 'ineligible')),
      last_visit_at timestamptz,
      PRIMARY KEY (campaign_id, ref)
    )`);
    await q.query(`CREATE TABLE scheduling.outreach_visits (
      id uuid PRIMARY KEY,
      campaign_id uuid NOT NULL REFERENCES scheduling.outreach_campaigns (id),
      target_ref text NOT NULL,
      visited_at timestamptz NOT NULL,
      staff_id text NOT NULL,
      outcome text NOT NULL,
      dossier_code text,
      note text,
      FOREIGN KEY (campaign_id, target_ref) REFERENCES scheduling.outreach_targets (campaign_id, ref)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['outreach_visits', 'outreach_targets', 'outreach_campaigns']) await q.query(`DROP TABLE scheduling.${table}`);
  }
}
