import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FailureOutcome } from '../dispatch/failure-outcome';
import type { DeliveryChannel, TemplateName } from '../templates/message-templates';
import { returned, toRow, type DeliveryRow } from './delivery-row';

export type { DeliveryRow, DeliveryStatus } from './delivery-row';

/** A rendered, addressed message to write down before any provider is called. */
export interface NewDelivery {
  eventKey: string;
  recipientKey: string;
  audience: 'citizen' | 'staff';
  dossierCode?: string;
  unitCode?: string;
  template: TemplateName;
  templateVersion: number;
  channel: DeliveryChannel;
  address: string;
  subject?: string;
  body: string;
  params: Record<string, string>;
  providerTemplateId?: string;
  providerParams?: Record<string, string>;
  /** Not before the morning for SMS and Zalo written at night. */
  notBefore: Date;
  fallbackOf?: string;
}

/** Rows to (re)send at `$now`: new ones, retries that are due, and 'sending' rows whose sender's lease ran out (it died). */
const DUE = `((status IN ('created', 'temporary-failure') AND next_attempt_at <= $1)
              OR (status = 'sending' AND lease_until < $1))`;

/**
 * The delivery ledger: one row per (event, recipient, channel), with its sending status. Times come from the
 * service's clock (passed in), never from the database's now(), so that the night can be tested.
 */
@Injectable()
export class DeliveryLedger {
  constructor(private readonly dataSource: DataSource) {}

  /** Records messages in the caller's transaction; returns the ids of rows new to the ledger (not already there). */
  async record(manager: EntityManager, messages: NewDelivery[], now: Date): Promise<string[]> {
    const ids: string[] = [];
    for (const m of messages) {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO notification.deliveries (event_key, recipient_key, audience, dossier_code, unit_code, template, template_version,
           channel, address, subject, body, params, provider_template_id, provider_params, next_attempt_at, fallback_of, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)
         ON CONFLICT ON CONSTRAINT deliveries_one_per_event DO NOTHING RETURNING id`,
        [
          m.eventKey,
          m.recipientKey,
          m.audience,
          m.dossierCode ?? null,
          m.unitCode ?? null,
          m.template,
          m.templateVersion,
          m.channel,
          m.address,
          m.subject ?? null,
          m.body,
          JSON.stringify(m.params),
          m.providerTemplateId ?? null,
          m.providerParams ? JSON.stringify(m.providerParams) : null,
          m.notBefore,
          m.fallbackOf ?? null,
          now,
        ],
      );
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  async exists(manager: EntityManager, eventKey: string, recipientKey: string, channel: DeliveryChannel): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM notification.deliveries WHERE event_key = $1 AND recipient_key = $2 AND channel = $3`,
      [eventKey, recipientKey, channel],
    );
    return rows.length > 0;
  }

  /**
   * Takes due rows for sending (all due rows, or only those of `ids`): marks them 'sending' with a lease and
   * counts the attempt. SKIP LOCKED and the status condition let replicas sweep side by side without sending twice.
   */
  async claim(options: { ids?: string[]; leaseMs: number; limit: number; now: Date }): Promise<DeliveryRow[]> {
    const result = await this.dataSource.query(
      `UPDATE notification.deliveries d
          SET status = 'sending', attempts = d.attempts + 1, lease_until = $1::timestamptz + $2 * interval '1 millisecond', updated_at = $1
        WHERE d.id IN (SELECT id FROM notification.deliveries
                        WHERE ${DUE} AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
                        ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING d.*`,
      [options.now, options.leaseMs, options.ids ?? null, options.limit],
    );
    return returned(result).map(toRow);
  }

  /** Only the attempt that holds the row may settle it: a sender whose lease expired changes nothing. */
  async markDelivered(row: DeliveryRow, providerRef: string, provider: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification.deliveries
          SET status = 'delivered', provider = $3, provider_ref = $4, last_error = NULL, lease_until = NULL, delivered_at = $5, updated_at = $5
        WHERE id = $1 AND attempts = $2 AND status = 'sending'`,
      [row.id, row.attempts, provider, providerRef, now],
    );
  }

  /** True when this attempt still held the row (and so settled it). */
  async markFailed(manager: EntityManager, row: DeliveryRow, outcome: FailureOutcome, provider: string, now: Date): Promise<boolean> {
    const retryInMs = outcome.status === 'temporary-failure' ? outcome.retryInMs : 0;
    const result = await manager.query(
      `UPDATE notification.deliveries
          SET status = $3, provider = $4, last_error = $5, lease_until = NULL,
              next_attempt_at = $6::timestamptz + $7 * interval '1 millisecond', updated_at = $6
        WHERE id = $1 AND attempts = $2 AND status = 'sending' RETURNING id`,
      [row.id, row.attempts, outcome.status, provider, outcome.reason.slice(0, 500), now, retryInMs],
    );
    return returned(result).length === 1;
  }

  /** Hands a claimed row back untried (quiet hours, rate limit): the attempt does not count. */
  async release(row: DeliveryRow, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification.deliveries
          SET status = CASE WHEN attempts > 1 THEN 'temporary-failure' ELSE 'created' END,
              attempts = attempts - 1, lease_until = NULL, next_attempt_at = $3
        WHERE id = $1 AND attempts = $2 AND status = 'sending'`,
      [row.id, row.attempts, at],
    );
  }

  /** Not sent, on purpose (the citizen withdrew consent meanwhile). */
  async cancel(row: DeliveryRow, reason: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification.deliveries
          SET status = 'cancelled', attempts = attempts - 1, last_error = $3, lease_until = NULL, updated_at = $4
        WHERE id = $1 AND attempts = $2 AND status = 'sending'`,
      [row.id, row.attempts, reason, now],
    );
  }

  /** Messages still not delivered well after they were written, not yet reported; locked for the caller's transaction. */
  async overdue(manager: EntityManager, writtenBefore: Date, limit: number): Promise<DeliveryRow[]> {
    const rows = await manager.query(
      `SELECT * FROM notification.deliveries
        WHERE status NOT IN ('delivered', 'cancelled') AND reported_at IS NULL AND created_at < $1
        ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [writtenBefore, limit],
    );
    return rows.map(toRow);
  }

  async markReported(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.query(`UPDATE notification.deliveries SET reported_at = $2 WHERE id = $1`, [id, now]);
  }

  async listByDossier(dossierCode: string): Promise<DeliveryRow[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM notification.deliveries WHERE dossier_code = $1 ORDER BY created_at, template, channel`,
      [dossierCode],
    );
    return rows.map(toRow);
  }
}
