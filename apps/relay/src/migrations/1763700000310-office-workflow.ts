import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The office's workflow: assignment, supplements (clock stop), approval, refusal, delay, paper, alerts. */
export class OfficeWorkflow1763700000310 implements MigrationInterface {
  name = 'OfficeWorkflow1763700000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE relay.transfers DROP CONSTRAINT transfers_status_check`);
    await q.query(`ALTER TABLE relay.transfers ADD CONSTRAINT transfers_status_check
      CHECK (status IN ('sent', 'acknowledged', 'awaiting-supplement', 'awaiting-approval', 'resolved', 'refused'))`);
    await q.query(`ALTER TABLE relay.transfers
      ADD COLUMN appointment_at timestamptz,
      ADD COLUMN assigned_to text,
      ADD COLUMN assigned_at timestamptz,
      ADD COLUMN supplement_count integer NOT NULL DEFAULT 0,
      ADD COLUMN supplement_items jsonb,
      ADD COLUMN counted_late boolean NOT NULL DEFAULT false,
      ADD COLUMN delayed_at timestamptz,
      ADD COLUMN delay_reason text,
      ADD COLUMN head_approval_required boolean NOT NULL DEFAULT false,
      ADD COLUMN approved_by text,
      ADD COLUMN approved_at timestamptz,
      ADD COLUMN refusal_reasons jsonb,
      ADD COLUMN paper_due_at timestamptz,
      ADD COLUMN paper_sent_at timestamptz`);
    await q.query(`ALTER TABLE relay.handovers DROP CONSTRAINT handovers_step_check`);
    await q.query(`ALTER TABLE relay.handovers ADD CONSTRAINT handovers_step_check CHECK (step IN
      ('sent', 'paper-sent', 'received', 'assigned', 'supplement-requested', 'supplemented', 'delayed', 'approved', 'resolved', 'refused', 'returned'))`);
    await q.query(`ALTER TABLE relay.handovers ADD COLUMN note text`);
    // One alert per transfer and level, whatever the number of sweeps or replicas.
    await q.query(`CREATE TABLE relay.alerts (
      transfer_id uuid NOT NULL REFERENCES relay.transfers (id),
      level text NOT NULL,
      raised_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (transfer_id, level)
    )`);
    await q.query(`CREATE INDEX transfers_assignee ON relay.transfers (to_unit_code, assigned_to, due_at)`);
    await q.query(`CREATE INDEX transfers_open_due ON relay.transfers (due_at) WHERE status IN ('sent', 'acknowledged', 'awaiting-approval')`);
    // The slip is evidence: refuse TRUNCATE as well (UPDATE and DELETE are already no-ops).
    await q.query(`CREATE FUNCTION relay.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'relay.handovers is append-only'; END $$`);
    await q.query(`CREATE TRIGGER handovers_no_truncate BEFORE TRUNCATE ON relay.handovers
      FOR EACH STATEMENT EXECUTE FUNCTION relay.refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER handovers_no_truncate ON relay.handovers');
    await q.query('DROP FUNCTION relay.refuse_change()');
    await q.query('DROP TABLE relay.alerts');
  }
}
