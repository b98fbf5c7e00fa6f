import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Bookings1763700000420 implements MigrationInterface {
  name = 'Bookings1763700000420';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE scheduling.bookings (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE,
      session_id uuid NOT NULL REFERENCES scheduling.sessions (id),
      unit_code text NOT NULL,
      day date NOT NULL,
      slot_start timestamptz NOT NULL,
      slot_end timestamptz NOT NULL,
      procedure_code text,
      person_key text NOT NULL,
      full_name text NOT NULL,
      phone text NOT NULL,
      email text,
      status text NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
      booked_at timestamptz NOT NULL,
      cancelled_at timestamptz,
      reminder_due_at timestamptz,
      reminder_sent_at timestamptz
    )`);
    await q.query('CREATE INDEX bookings_desk ON scheduling.bookings (unit_code, day)');
    await q.query(`CREATE INDEX bookings_reminders ON scheduling.bookings (reminder_due_at)
      WHERE status = 'confirmed' AND reminder_sent_at IS NULL AND reminder_due_at IS NOT NULL`);
    // Seats taken per slot and bookings per person per day: one row each, so a single conditional upsert both
    // checks and takes a seat under the row lock — concurrent requests for the last seat cannot both win.
    await q.query(`CREATE TABLE scheduling.slot_loads (
      session_id uuid NOT NULL,
      slot_start timestamptz NOT NULL,
      booked integer NOT NULL CHECK (booked >= 0),
      PRIMARY KEY (session_id, slot_start)
    )`);
    await q.query(`CREATE TABLE scheduling.person_day_loads (
      person_key text NOT NULL,
      day date NOT NULL,
      booked integer NOT NULL CHECK (booked >= 0),
      PRIMARY KEY (person_key, day)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['person_day_loads', 'slot_loads', 'bookings']) await q.query(`DROP TABLE scheduling.${table}`);
  }
}
