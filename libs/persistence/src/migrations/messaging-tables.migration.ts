import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables every service needs to take part in messaging: the outbox (events written in the same
 * transaction as the state change), the inbox (message ids a consumer has already applied) and the
 * idempotency keys of commands. One migration class per schema, listed first in each service's migrations.
 */
export function messagingTablesMigration(schema: string): new () => MigrationInterface {
  return class MessagingTables1763700000000 implements MigrationInterface {
    name = 'MessagingTables1763700000000';

    async up(q: QueryRunner): Promise<void> {
      await q.query(`CREATE TABLE "${schema}".outbox (
        id bigserial PRIMARY KEY,
        subject text NOT NULL,
        payload jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
      await q.query(`CREATE INDEX outbox_unpublished ON "${schema}".outbox (id) WHERE published_at IS NULL`);
      await q.query(`CREATE TABLE "${schema}".inbox (
        consumer text NOT NULL,
        message_id text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_id)
      )`);
      await q.query(`CREATE TABLE "${schema}".idempotency_keys (
        command text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (command, key)
      )`);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE "${schema}".idempotency_keys`);
      await q.query(`DROP TABLE "${schema}".inbox`);
      await q.query(`DROP TABLE "${schema}".outbox`);
    }
  };
}
