import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TimelineAndProgress1763700000600 implements MigrationInterface {
  name = 'TimelineAndProgress1763700000600';

  async up(q: QueryRunner): Promise<void> {
    // One row per fact; the unique key keeps a replayed event (even under a new message id) from adding a twin.
    await q.query(`CREATE TABLE tracking.timeline (
      id bigserial PRIMARY KEY,
      dossier_code text NOT NULL,
      event text NOT NULL,
      at timestamptz NOT NULL,
      status_rank smallint NOT NULL,
      unit_code text,
      description text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT timeline_one_per_fact UNIQUE (dossier_code, event, at)
    )`);
    await q.query('CREATE INDEX timeline_by_dossier ON tracking.timeline (dossier_code, at, status_rank, id)');
    // The per-dossier projection the public lookup reads. No personal data: tracking never receives any.
    await q.query(`CREATE TABLE tracking.dossiers (
      dossier_code text PRIMARY KEY,
      status text NOT NULL,
      status_rank smallint NOT NULL,
      procedure_code text,
      procedure_name text,
      receiving_unit_code text,
      received_at timestamptz,
      appointment_at timestamptz,
      collect_at text,
      updated_at timestamptz NOT NULL
    )`);
    // Units that take part in a dossier: whose staff may read its timeline.
    await q.query(`CREATE TABLE tracking.dossier_units (
      dossier_code text NOT NULL,
      unit_code text NOT NULL,
      PRIMARY KEY (dossier_code, unit_code)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE tracking.dossier_units');
    await q.query('DROP TABLE tracking.dossiers');
    await q.query('DROP TABLE tracking.timeline');
  }
}
