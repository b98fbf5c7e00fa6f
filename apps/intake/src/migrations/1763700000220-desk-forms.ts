import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forms the desk issues without a dossier code: form 02 for an incomplete submission, form 03
 * for a refusal, numbered per desk and day.
 */
export class DeskForms1763700000220 implements MigrationInterface {
  name = 'DeskForms1763700000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE intake.desk_form_sequences (
      unit_code text NOT NULL,
      form text NOT NULL,
      day date NOT NULL,
      last_value integer NOT NULL,
      PRIMARY KEY (unit_code, form, day)
    )`);
    await q.query(`CREATE TABLE intake.desk_supplement_requests (
      id uuid PRIMARY KEY,
      number text NOT NULL,
      receiving_unit_code text NOT NULL,
      procedure_code text NOT NULL,
      procedure_name text NOT NULL,
      applicant jsonb NOT NULL,
      items jsonb NOT NULL,
      issued_at timestamptz NOT NULL,
      issued_by text NOT NULL,
      UNIQUE (receiving_unit_code, number)
    )`);
    await q.query(`CREATE TABLE intake.desk_refusals (
      id uuid PRIMARY KEY,
      number text NOT NULL,
      receiving_unit_code text NOT NULL,
      procedure_code text NOT NULL,
      procedure_name text NOT NULL,
      applicant jsonb NOT NULL,
      reasons jsonb NOT NULL,
      refused_at timestamptz NOT NULL,
      refused_by text NOT NULL,
      UNIQUE (receiving_unit_code, number)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE intake.desk_refusals`);
    await q.query(`DROP TABLE intake.desk_supplement_requests`);
    await q.query(`DROP TABLE intake.desk_form_sequences`);
  }
}
