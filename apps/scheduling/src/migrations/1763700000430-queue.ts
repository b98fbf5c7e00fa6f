import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Queue1763700000430 implements MigrationInterface {
  name = 'Queue1763700000430';

  async up(q: QueryRunner): Promise<void> {
    // Numbers per counter per day; the upsert's row lock makes concurrent takers wait, never share a number.
    await q.query(`CREATE TABLE scheduling.queue_numbers (
      unit_code text NOT NULL,
      counter_code text NOT NULL,
      day date NOT NULL,
      last_value integer NOT NULL,
      PRIMARY KEY (unit_code, counter_code, day)
    )`);
    await q.query(`CREATE TABLE scheduling.queue_tickets (
      id uuid PRIMARY KEY,
      unit_code text NOT NULL,
      counter_code text NOT NULL,
      day date NOT NULL,
      number integer NOT NULL,
      status text NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'skipped')),
      booking_code text,
      taken_at timestamptz NOT NULL,
      called_at timestamptz,
      called_by text,
      finished_at timestamptz,
      UNIQUE (unit_code, counter_code, day, number)
    )`);
    await q.query(`CREATE INDEX queue_waiting ON scheduling.queue_tickets (unit_code, counter_code, day, number) WHERE status = 'waiting'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE scheduling.queue_tickets');
    await q.query('DROP TABLE scheduling.queue_numbers');
  }
}
