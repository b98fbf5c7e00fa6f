import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Transfers1763700000300 implements MigrationInterface {
  name = 'Transfers1763700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE relay.transfers (
      id uuid PRIMARY KEY,
      dossier_code text NOT NULL UNIQUE,
      procedure_code text NOT NULL,
      receiving_unit_code text NOT NULL,
      from_unit_code text NOT NULL,
      to_unit_code text NOT NULL,
      status text NOT NULL CHECK (status IN ('sent', 'acknowledged', 'resolved')),
      sent_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      return_budget_working_days integer NOT NULL,
      acknowledged_at timestamptz,
      acknowledged_by text,
      resolved_at timestamptz,
      resolved_by text,
      result_ref text,
      summary text,
      version integer NOT NULL DEFAULT 1
    )`);
    // The office inbox: open transfers of one unit by deadline; stays an index scan at 100,000 open transfers.
    await q.query(`CREATE INDEX transfers_inbox ON relay.transfers (to_unit_code, status, due_at)`);
    // The electronic process-control slip (form 05): append-only, one row per handover.
    await q.query(`CREATE TABLE relay.handovers (
      id bigserial PRIMARY KEY,
      transfer_id uuid NOT NULL REFERENCES relay.transfers (id),
      dossier_code text NOT NULL,
      step text NOT NULL CHECK (step IN ('sent', 'received', 'resolved', 'returned')),
      from_unit_code text NOT NULL,
      to_unit_code text NOT NULL,
      given_by text,
      received_by text,
      at timestamptz NOT NULL,
      timeliness text CHECK (timeliness IN ('early', 'on-time', 'late'))
    )`);
    await q.query(`CREATE INDEX handovers_dossier ON relay.handovers (dossier_code, at)`);
    await q.query(`CREATE RULE handovers_no_update AS ON UPDATE TO relay.handovers DO INSTEAD NOTHING`);
    await q.query(`CREATE RULE handovers_no_delete AS ON DELETE TO relay.handovers DO INSTEAD NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE relay.handovers');
    await q.query('DROP TABLE relay.transfers');
  }
}
