import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the apology letter (form 04) and the office's screens print, kept on the transfer: when the desk received
 * the dossier, the names of the procedure and the units as routed, and who apologised for which appointment.
 */
export class TransferLetterFacts1763700000340 implements MigrationInterface {
  name = 'TransferLetterFacts1763700000340';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE relay.transfers
      ADD COLUMN received_at timestamptz,
      ADD COLUMN procedure_name text,
      ADD COLUMN receiving_unit_name text,
      ADD COLUMN office_name text,
      ADD COLUMN delayed_by text,
      ADD COLUMN delay_previous_appointment_at timestamptz,
      ADD COLUMN delay_new_appointment_at timestamptz`);
    // Who apologised is on the slip already; the appointments around it were not kept until
    // now (the one after it is the appointment as it stands, unless a supplement moved it since: close enough).
    await q.query(`UPDATE relay.transfers t SET delayed_by = h.given_by, delay_new_appointment_at = t.appointment_at
      FROM relay.handovers h WHERE h.transfer_id = t.id AND h.step = 'delayed' AND t.delayed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE relay.transfers
      DROP COLUMN received_at, DROP COLUMN procedure_name, DROP COLUMN receiving_unit_name, DROP COLUMN office_name,
      DROP COLUMN delayed_by, DROP COLUMN delay_previous_appointment_at, DROP COLUMN delay_new_appointment_at`);
  }
}
