import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpeningHours1763700000410 implements MigrationInterface {
  name = 'OpeningHours1763700000410';

  async up(q: QueryRunner): Promise<void> {
    // A province's own days on top of the national calendar (its decisions), one row per day.
    await q.query(`CREATE TABLE scheduling.province_days (
      province_code text NOT NULL,
      date date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('day-off', 'swap-workday')),
      name text NOT NULL,
      source text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, date)
    )`);
    // The opening-hours calendar, kept apart from the legal one: desk hours, after-hours sessions, theme days.
    await q.query(`CREATE TABLE scheduling.desk_hours (
      unit_code text PRIMARY KEY,
      windows jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE scheduling.sessions (
      id uuid PRIMARY KEY,
      unit_code text NOT NULL,
      name text NOT NULL,
      weekdays text[] NOT NULL,
      on_days_off boolean NOT NULL,
      start_time text NOT NULL,
      end_time text NOT NULL,
      valid_from date NOT NULL,
      valid_to date,
      closed_on date[] NOT NULL DEFAULT '{}',
      eligible_procedures text[],
      slot_minutes integer NOT NULL CHECK (slot_minutes >= 5),
      slot_capacity integer NOT NULL CHECK (slot_capacity >= 1),
      booking_window_days integer NOT NULL,
      per_person_daily_limit integer NOT NULL,
      roster jsonb NOT NULL DEFAULT '[]',
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX sessions_unit ON scheduling.sessions (unit_code)');
    await q.query(`CREATE TABLE scheduling.theme_days (
      id uuid PRIMARY KEY,
      unit_code text NOT NULL,
      theme text NOT NULL CHECK (theme IN ('no-appointment', 'no-writing', 'online-paperless')),
      weekdays text[] NOT NULL,
      valid_from date NOT NULL,
      valid_to date,
      procedures text[]
    )`);
    await q.query('CREATE INDEX theme_days_unit ON scheduling.theme_days (unit_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['theme_days', 'sessions', 'desk_hours', 'province_days']) await q.query(`DROP TABLE scheduling.${table}`);
  }
}
