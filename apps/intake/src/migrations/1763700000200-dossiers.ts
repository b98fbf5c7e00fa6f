import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Dossiers1763700000200 implements MigrationInterface {
  name = 'Dossiers1763700000200';

  async up(q: QueryRunner): Promise<void> {
    // Per agency per day; the row lock of the upsert serialises concurrent receipts, so codes never repeat.
    await q.query(`CREATE TABLE intake.dossier_sequences (
      agency_code text NOT NULL,
      day date NOT NULL,
      last_value integer NOT NULL,
      PRIMARY KEY (agency_code, day)
    )`);
    await q.query(`CREATE TABLE intake.dossiers (
      code text PRIMARY KEY,
      procedure_code text NOT NULL,
      procedure_name text NOT NULL,
      receiving_unit_code text NOT NULL,
      channel text NOT NULL,
      result_delivery text NOT NULL,
      applicant jsonb NOT NULL,
      documents jsonb NOT NULL,
      time_limit jsonb NOT NULL,
      received_at timestamptz NOT NULL,
      appointment_at timestamptz NOT NULL,
      received_by text NOT NULL,
      status text NOT NULL CHECK (status IN ('received', 'in-progress', 'result-ready', 'handed-over')),
      result_ref text,
      result_summary text,
      result_ready_at timestamptz,
      handed_over_at timestamptz,
      handed_over_by text,
      handover_method text,
      version integer NOT NULL DEFAULT 1
    )`);
    await q.query(`CREATE INDEX dossiers_desk ON intake.dossiers (receiving_unit_code, status, received_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE intake.dossiers');
    await q.query('DROP TABLE intake.dossier_sequences');
  }
}
