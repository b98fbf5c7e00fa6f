import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecipientsAndDeliveries1763700000500 implements MigrationInterface {
  name = 'RecipientsAndDeliveries1763700000500';

  async up(q: QueryRunner): Promise<void> {
    // Personal data: the only place in the system that keeps how to reach a citizen, per dossier.
    await q.query(`CREATE TABLE notification.recipients (
      dossier_code text PRIMARY KEY,
      phone text,
      email text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // The delivery ledger: a row is written in the consumer's transaction before any provider is called; the
    // unique key makes a replayed event (new message id, same fact) find its message already there.
    await q.query(`CREATE TABLE notification.deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      dossier_code text NOT NULL,
      template text NOT NULL,
      template_version integer NOT NULL,
      channel text NOT NULL CHECK (channel IN ('sms', 'zalo', 'email')),
      address text NOT NULL,
      subject text,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'created'
        CHECK (status IN ('created', 'sending', 'delivered', 'temporary-failure', 'permanent-failure')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      lease_until timestamptz,
      provider_ref text,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT deliveries_one_per_channel UNIQUE (dossier_code, template, channel)
    )`);
    await q.query(`CREATE INDEX deliveries_pending ON notification.deliveries (next_attempt_at)
      WHERE status IN ('created', 'sending', 'temporary-failure')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification.deliveries');
    await q.query('DROP TABLE notification.recipients');
  }
}
