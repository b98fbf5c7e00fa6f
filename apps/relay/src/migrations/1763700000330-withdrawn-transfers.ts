import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A dossier withdrawn at the citizen's request closes its open transfer, on the slip too. */
export class WithdrawnTransfers1763700000330 implements MigrationInterface {
  name = 'WithdrawnTransfers1763700000330';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE relay.transfers DROP CONSTRAINT transfers_status_check`);
    await q.query(`ALTER TABLE relay.transfers ADD CONSTRAINT transfers_status_check
      CHECK (status IN ('sent', 'acknowledged', 'awaiting-supplement', 'awaiting-approval', 'resolved', 'refused', 'withdrawn'))`);
    await q.query(`ALTER TABLE relay.handovers DROP CONSTRAINT handovers_step_check`);
    await q.query(`ALTER TABLE relay.handovers ADD CONSTRAINT handovers_step_check CHECK (step IN
      ('sent', 'paper-sent', 'received', 'assigned', 'supplement-requested', 'supplemented', 'delayed', 'approved', 'resolved', 'refused', 'returned', 'withdrawn'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE relay.transfers DROP CONSTRAINT transfers_status_check`);
    await q.query(`ALTER TABLE relay.transfers ADD CONSTRAINT transfers_status_check
      CHECK (status IN ('sent', 'acknowledged', 'awaiting-supplement', 'awaiting-approval', 'resolved', 'refused'))`);
  }
}
