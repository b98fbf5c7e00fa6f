import type { EntityManager } from 'typeorm';

/** What a use case may do inside one database transaction: change its state, and record events and inbox claims. */
export class UnitOfWork {
  private published = 0;

  constructor(
    readonly manager: EntityManager,
    private readonly schema: string,
    private readonly outboxHeaders: () => Record<string, string>,
  ) {}

  /** Records an event in the outbox; the relay publishes it after this transaction commits. */
  async publish(subject: string, payload: object): Promise<void> {
    await this.manager.query(`INSERT INTO "${this.schema}".outbox (subject, payload, headers) VALUES ($1, $2, $3)`, [
      subject,
      JSON.stringify(payload),
      JSON.stringify(this.outboxHeaders()),
    ]);
    this.published++;
  }

  /** True the first time a consumer sees a message id; false for a redelivery, whose effects must be skipped. */
  async claimMessage(consumer: string, messageId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO "${this.schema}".inbox (consumer, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [consumer, messageId],
    );
    return rows.length === 1;
  }

  get publishedCount(): number {
    return this.published;
  }
}
