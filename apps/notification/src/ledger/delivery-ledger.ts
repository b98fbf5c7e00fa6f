import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DeliveryView } from '@motcua/contracts';
import type { DeliveryChannel, TemplateName } from '../templates/message-templates';
import type { PlannedMessage } from './compose-messages';
import type { FailureOutcome } from '../dispatch/failure-outcome';

export type DeliveryStatus = DeliveryView['status'];

export interface DeliveryRow {
  id: string;
  dossierCode: string;
  template: TemplateName;
  templateVersion: number;
  channel: DeliveryChannel;
  address: string;
  subject: string | null;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  providerRef: string | null;
  lastError: string | null;
  createdAt: Date;
}

const toRow = (r: any): DeliveryRow => ({
  id: r.id,
  dossierCode: r.dossier_code,
  template: r.template,
  templateVersion: r.template_version,
  channel: r.channel,
  address: r.address,
  subject: r.subject,
  body: r.body,
  status: r.status,
  attempts: r.attempts,
  providerRef: r.provider_ref,
  lastError: r.last_error,
  createdAt: r.created_at,
});

/** Rows to (re)send: new ones, retries that are due, and 'sending' rows whose sender's lease ran out (it died). */
const DUE = `((status IN ('created', 'temporary-failure') AND next_attempt_at <= now())
              OR (status = 'sending' AND lease_until < now()))`;

/** The delivery ledger: one row per (dossier, template, channel), with its sending status. */
@Injectable()
export class DeliveryLedger {
  constructor(private readonly dataSource: DataSource) {}

  /** Records messages in the caller's transaction; returns the ids of rows new to the ledger (not already there). */
  async record(manager: EntityManager, dossierCode: string, messages: PlannedMessage[]): Promise<string[]> {
    const ids: string[] = [];
    for (const m of messages) {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO notification.deliveries (dossier_code, template, template_version, channel, address, subject, body)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT deliveries_one_per_channel DO NOTHING RETURNING id`,
        [dossierCode, m.template, m.templateVersion, m.channel, m.address, m.subject ?? null, m.body],
      );
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  /**
   * Takes due rows for sending (all due rows, or only those of `ids`): marks them 'sending' with a lease and
   * counts the attempt. SKIP LOCKED and the status condition let replicas sweep side by side without sending twice.
   */
  async claim(options: { ids?: string[]; leaseMs: number; limit: number }): Promise<DeliveryRow[]> {
    const rows = await this.dataSource.query(
      `UPDATE notification.deliveries d
          SET status = 'sending', attempts = d.attempts + 1, lease_until = now() + $1 * interval '1 millisecond', updated_at = now()
        WHERE d.id IN (SELECT id FROM notification.deliveries
                        WHERE ${DUE} AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
                        ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING d.*`,
      [options.leaseMs, options.ids ?? null, options.limit],
    );
    // node-postgres returns [rows, count] for UPDATE … RETURNING through TypeORM.
    return (Array.isArray(rows[0]) ? rows[0] : rows).map(toRow);
  }

  /** Only the attempt that holds the row may settle it: a sender whose lease expired changes nothing. */
  async markDelivered(row: DeliveryRow, providerRef: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification.deliveries SET status = 'delivered', provider_ref = $3, last_error = NULL, lease_until = NULL, updated_at = now()
        WHERE id = $1 AND attempts = $2 AND status = 'sending'`,
      [row.id, row.attempts, providerRef],
    );
  }

  async markFailed(row: DeliveryRow, outcome: FailureOutcome): Promise<void> {
    const retryInMs = outcome.status === 'temporary-failure' ? outcome.retryInMs : 0;
    await this.dataSource.query(
      `UPDATE notification.deliveries
          SET status = $3, last_error = $4, lease_until = NULL, next_attempt_at = now() + $5 * interval '1 millisecond', updated_at = now()
        WHERE id = $1 AND attempts = $2 AND status = 'sending'`,
      [row.id, row.attempts, outcome.status, outcome.reason.slice(0, 500), retryInMs],
    );
  }

  async listByDossier(dossierCode: string): Promise<DeliveryRow[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM notification.deliveries WHERE dossier_code = $1 ORDER BY created_at, template, channel`,
      [dossierCode],
    );
    return rows.map(toRow);
  }
}
