import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full unit tree (levels, offices, merger aliases, agencies and villages) and the full procedure version
 * (office, receiving desks, phi địa giới, fees per channel, extensions, step plan), bundles, and an audit of imports.
 */
export class CatalogueAndUnitTree1763700000110 implements MigrationInterface {
  name = 'CatalogueAndUnitTree1763700000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE routing.units DROP CONSTRAINT IF EXISTS units_type_check`);
    await q.query(`ALTER TABLE routing.units ADD CONSTRAINT units_type_check CHECK (type IN
      ('province', 'district', 'commune', 'ward', 'town', 'city', 'township', 'special-zone', 'village', 'agency'))`);
    await q.query(`ALTER TABLE routing.units
      ADD COLUMN level text CHECK (level IN ('province', 'district', 'commune', 'village', 'agency')),
      ADD COLUMN offices jsonb,
      ADD CONSTRAINT units_valid_range CHECK (valid_to IS NULL OR valid_to >= valid_from)`);
    await q.query(`CREATE INDEX units_parent ON routing.units (parent_code)`);
    await q.query(`CREATE TABLE routing.unit_aliases (
      code text PRIMARY KEY,
      successor_code text NOT NULL,
      since date NOT NULL,
      basis text,
      CHECK (code <> successor_code)
    )`);

    await q.query(`ALTER TABLE routing.procedures DROP CONSTRAINT IF EXISTS procedures_competence_check`);
    await q.query(`ALTER TABLE routing.procedures ADD CONSTRAINT procedures_competence_check CHECK (competence IN
      ('receiving-unit', 'district-above-receiving-unit', 'province-above-receiving-unit', 'applicant-commune'))`);
    await q.query(`ALTER TABLE routing.procedures
      ADD COLUMN local_code text,
      ADD COLUMN competent_office text,
      ADD COLUMN receiving_levels text[],
      ADD COLUMN receivable_anywhere boolean,
      ADD COLUMN same_day_cutoff text,
      ADD COLUMN verification_extensions jsonb,
      ADD COLUMN fees jsonb,
      ADD COLUMN fee_exemptions jsonb,
      ADD COLUMN online_level text CHECK (online_level IN ('none', 'partial', 'full')),
      ADD COLUMN postal_eligible boolean,
      ADD COLUMN after_hours_eligible boolean,
      ADD COLUMN steps jsonb,
      ADD CONSTRAINT procedures_valid_range CHECK (valid_to IS NULL OR valid_to >= valid_from)`);

    await q.query(`CREATE TABLE routing.bundles (
      code text NOT NULL,
      valid_from date NOT NULL,
      valid_to date,
      name text NOT NULL,
      procedure_codes text[] NOT NULL,
      time_limit jsonb,
      PRIMARY KEY (code, valid_from),
      CHECK (valid_to IS NULL OR valid_to >= valid_from)
    )`);

    await q.query(`ALTER TABLE routing.routes
      ADD COLUMN decided_on date,
      ADD COLUMN time_limit jsonb,
      ADD COLUMN competent_office jsonb`);

    // Who changed the reference data, when, and what it did: the catalogue is law, its changes are audited.
    await q.query(`CREATE TABLE routing.reference_imports (
      id bigserial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('catalogue', 'units')),
      staff_id text NOT NULL,
      unit_code text NOT NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      report jsonb NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE routing.reference_imports');
    await q.query('ALTER TABLE routing.routes DROP COLUMN decided_on, DROP COLUMN time_limit, DROP COLUMN competent_office');
    await q.query('DROP TABLE routing.bundles');
    await q.query(`ALTER TABLE routing.procedures DROP CONSTRAINT procedures_valid_range,
      DROP COLUMN local_code, DROP COLUMN competent_office, DROP COLUMN receiving_levels, DROP COLUMN receivable_anywhere,
      DROP COLUMN same_day_cutoff, DROP COLUMN verification_extensions, DROP COLUMN fees, DROP COLUMN fee_exemptions,
      DROP COLUMN online_level, DROP COLUMN postal_eligible, DROP COLUMN after_hours_eligible, DROP COLUMN steps`);
    await q.query('DROP TABLE routing.unit_aliases');
    await q.query('DROP INDEX routing.units_parent');
    await q.query('ALTER TABLE routing.units DROP CONSTRAINT units_valid_range, DROP COLUMN level, DROP COLUMN offices');
  }
}
