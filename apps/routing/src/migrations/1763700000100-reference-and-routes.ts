import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceAndRoutes1763700000100 implements MigrationInterface {
  name = 'ReferenceAndRoutes1763700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE routing.units (
      code text NOT NULL,
      valid_from date NOT NULL,
      valid_to date,
      name text NOT NULL,
      type text NOT NULL CHECK (type IN ('province', 'district', 'commune', 'ward', 'town')),
      parent_code text,
      agency_code text NOT NULL,
      desk_name text NOT NULL,
      PRIMARY KEY (code, valid_from)
    )`);
    await q.query(`CREATE TABLE routing.procedures (
      code text NOT NULL,
      valid_from date NOT NULL,
      valid_to date,
      name text NOT NULL,
      field text NOT NULL,
      competence text NOT NULL CHECK (competence IN ('receiving-unit', 'district-above-receiving-unit')),
      time_limit jsonb NOT NULL,
      documents jsonb NOT NULL,
      fee_vnd integer NOT NULL DEFAULT 0,
      PRIMARY KEY (code, valid_from)
    )`);
    await q.query(`CREATE TABLE routing.routes (
      dossier_code text PRIMARY KEY,
      procedure_code text NOT NULL,
      receiving_unit_code text NOT NULL,
      competent_unit_code text NOT NULL,
      mode text NOT NULL,
      legs jsonb NOT NULL,
      decided_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE routing.routes');
    await q.query('DROP TABLE routing.procedures');
    await q.query('DROP TABLE routing.units');
  }
}
