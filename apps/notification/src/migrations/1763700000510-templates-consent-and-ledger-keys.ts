import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 8: stored templates, contacts for any recipient, consent, and a ledger keyed by event, recipient and channel. */
export class TemplatesConsentAndLedgerKeys1763700000510 implements MigrationInterface {
  name = 'TemplatesConsentAndLedgerKeys1763700000510';

  async up(q: QueryRunner): Promise<void> {
    // Versioned wording. A version is never edited: a change is a new draft, published when it has no problem.
    await q.query(`CREATE TABLE notification.templates (
      kind text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('sms', 'zalo', 'email')),
      version integer NOT NULL CHECK (version > 0),
      status text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
      subject text,
      body text NOT NULL,
      provider_template_id text,
      created_at timestamptz NOT NULL,
      created_by text NOT NULL,
      published_at timestamptz,
      published_by text,
      PRIMARY KEY (kind, channel, version)
    )`);
    await q.query(`CREATE UNIQUE INDEX templates_one_published ON notification.templates (kind, channel) WHERE status = 'published'`);

    // Personal data: how to reach a dossier's or a booking's citizen, or a unit's duty contact ('unit:<code>').
    await q.query(`CREATE TABLE notification.contacts (
      recipient_key text PRIMARY KEY,
      phone text,
      email text,
      zalo_implied boolean NOT NULL DEFAULT false,
      unit_code text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`INSERT INTO notification.contacts (recipient_key, phone, email, created_at, updated_at)
      SELECT 'dossier:' || dossier_code, phone, email, created_at, created_at FROM notification.recipients`);
    await q.query('DROP TABLE notification.recipients');

    // A citizen's wishes, keyed by phone (or e-mail when there is no phone); every answer is kept as proof.
    await q.query(`CREATE TABLE notification.citizen_preferences (
      citizen_key text PRIMARY KEY,
      phone text UNIQUE,
      email text,
      preferred_channel text CHECK (preferred_channel IN ('sms', 'zalo', 'email')),
      sms_consent text CHECK (sms_consent IN ('granted', 'withdrawn')),
      zalo_consent text CHECK (zalo_consent IN ('granted', 'withdrawn')),
      email_consent text CHECK (email_consent IN ('granted', 'withdrawn')),
      updated_at timestamptz NOT NULL,
      updated_by text NOT NULL
    )`);
    await q.query('CREATE INDEX citizen_preferences_email ON notification.citizen_preferences (email)');
    await q.query(`CREATE TABLE notification.consent_records (
      id bigserial PRIMARY KEY,
      citizen_key text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('sms', 'zalo', 'email')),
      state text NOT NULL CHECK (state IN ('granted', 'withdrawn')),
      source text NOT NULL,
      recorded_by text NOT NULL,
      unit_code text NOT NULL,
      recorded_at timestamptz NOT NULL
    )`);
    await q.query('CREATE INDEX consent_records_citizen ON notification.consent_records (citizen_key, recorded_at DESC)');

    // The ledger: one message per (event, recipient, channel) whatever is redelivered or replayed under a new id.
    await q.query(`ALTER TABLE notification.deliveries
      ALTER COLUMN dossier_code DROP NOT NULL,
      ADD COLUMN event_key text,
      ADD COLUMN recipient_key text,
      ADD COLUMN audience text NOT NULL DEFAULT 'citizen' CHECK (audience IN ('citizen', 'staff')),
      ADD COLUMN unit_code text,
      ADD COLUMN params jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN provider_template_id text,
      ADD COLUMN provider_params jsonb,
      ADD COLUMN provider text,
      ADD COLUMN fallback_of uuid REFERENCES notification.deliveries (id),
      ADD COLUMN delivered_at timestamptz,
      ADD COLUMN reported_at timestamptz`);
    await q.query(`UPDATE notification.deliveries SET template = 'result-ready-desk' WHERE template = 'result-ready'`);
    await q.query(`UPDATE notification.deliveries
      SET event_key = split_part(template, '-desk', 1) || ':' || dossier_code, recipient_key = 'dossier:' || dossier_code,
          delivered_at = CASE WHEN status = 'delivered' THEN updated_at END`);
    await q.query(`ALTER TABLE notification.deliveries
      ALTER COLUMN event_key SET NOT NULL,
      ALTER COLUMN recipient_key SET NOT NULL,
      DROP CONSTRAINT deliveries_one_per_channel,
      ADD CONSTRAINT deliveries_one_per_event UNIQUE (event_key, recipient_key, channel),
      DROP CONSTRAINT deliveries_status_check,
      ADD CONSTRAINT deliveries_status_check
        CHECK (status IN ('created', 'sending', 'delivered', 'temporary-failure', 'permanent-failure', 'cancelled'))`);
    await q.query('CREATE INDEX deliveries_by_dossier ON notification.deliveries (dossier_code)');
    await q.query('CREATE INDEX deliveries_by_created ON notification.deliveries (created_at, id)');
    await q.query(`CREATE INDEX deliveries_unreported ON notification.deliveries (created_at)
      WHERE status NOT IN ('delivered', 'cancelled') AND reported_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX notification.deliveries_unreported');
    await q.query('DROP INDEX notification.deliveries_by_created');
    await q.query('DROP INDEX notification.deliveries_by_dossier');
    await q.query(`DELETE FROM notification.deliveries WHERE dossier_code IS NULL OR fallback_of IS NOT NULL`);
    await q.query(`UPDATE notification.deliveries SET template = 'result-ready' WHERE template = 'result-ready-desk'`);
    await q.query(`ALTER TABLE notification.deliveries
      DROP CONSTRAINT deliveries_one_per_event,
      DROP CONSTRAINT deliveries_status_check,
      ADD CONSTRAINT deliveries_status_check
        CHECK (status IN ('created', 'sending', 'delivered', 'temporary-failure', 'permanent-failure')),
      ADD CONSTRAINT deliveries_one_per_channel UNIQUE (dossier_code, template, channel),
      DROP COLUMN event_key, DROP COLUMN recipient_key, DROP COLUMN audience, DROP COLUMN unit_code, DROP COLUMN params,
      DROP COLUMN provider_template_id, DROP COLUMN provider_params, DROP COLUMN provider, DROP COLUMN fallback_of, DROP COLUMN delivered_at,
      DROP COLUMN reported_at,
      ALTER COLUMN dossier_code SET NOT NULL`);
    await q.query(`CREATE TABLE notification.recipients (
      dossier_code text PRIMARY KEY, phone text, email text, created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`INSERT INTO notification.recipients (dossier_code, phone, email, created_at)
      SELECT substr(recipient_key, 9), phone, email, created_at FROM notification.contacts WHERE recipient_key LIKE 'dossier:%'`);
    await q.query('DROP TABLE notification.consent_records');
    await q.query('DROP TABLE notification.citizen_preferences');
    await q.query('DROP TABLE notification.contacts');
    await q.query('DROP TABLE notification.templates');
  }
}
