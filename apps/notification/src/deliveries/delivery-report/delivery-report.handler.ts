import { Controller } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, DeliveryReport, type DeliveryReportPage, type DeliveryReportQuery, type DeliveryReportRow } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { reportUnitScope } from '../../authorization/notification-access';
import { toRow, type DeliveryRow } from '../../ledger/delivery-row';
import { maskRecipient } from '../mask-recipient';

/** Longest period one report covers: an audit of a quarter, or of a year page by page. */
const MAX_PERIOD_DAYS = 366;

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

const toReportRow = (row: DeliveryRow): DeliveryReportRow => ({
  id: row.id,
  dossierCode: row.dossierCode,
  unitCode: row.unitCode,
  audience: row.audience,
  template: row.template,
  templateVersion: row.templateVersion,
  channel: row.channel,
  recipient: maskRecipient(row.channel, row.address),
  status: row.status,
  attempts: row.attempts,
  provider: row.provider,
  providerRef: row.providerRef,
  lastError: row.lastError,
  fallbackOf: row.fallbackOf,
  createdAt: iso(row.createdAt)!,
  updatedAt: iso(row.updatedAt)!,
  deliveredAt: iso(row.deliveredAt),
  reportedUndeliveredAt: iso(row.reportedAt),
});

/**
 * Every message of a period, page by page in a stable order (created_at, id), for audits (the gateway turns the
 * pages into CSV) and for a desk's list of messages that did not get through.
 */
@Controller()
export class DeliveryReportHandler {
  constructor(private readonly dataSource: DataSource) {}

  @OnRpc(DeliveryReport)
  async report(query: DeliveryReportQuery): Promise<DeliveryReportPage> {
    const unitCode = reportUnitScope(query.actor, query.unitCode);
    const from = new Date(query.from);
    const to = new Date(query.to);
    if (!(from < to)) throw AppError.invalid([{ field: 'to', reason: 'phải sau ngày bắt đầu (from)' }]);
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
      throw AppError.invalid([{ field: 'to', reason: `một báo cáo chỉ gồm tối đa ${MAX_PERIOD_DAYS} ngày` }]);
    }
    const limit = query.limit ?? 500;
    const status = query.status ?? null;
    const rows = await this.dataSource.query(
      `SELECT * FROM notification.deliveries d
        WHERE d.created_at >= $1 AND d.created_at < $2
          AND ($3::text IS NULL OR d.unit_code = $3)
          AND ($4::text IS NULL OR ($4 = 'undelivered' AND d.status <> 'delivered') OR d.status = $4)
          AND ($5::uuid IS NULL OR (d.created_at, d.id) > (SELECT created_at, id FROM notification.deliveries WHERE id = $5))
        ORDER BY d.created_at, d.id LIMIT $6`,
      [from, to, unitCode ?? null, status, query.after ?? null, limit + 1],
    );
    const page = rows.slice(0, limit).map(toRow);
    return { rows: page.map(toReportRow), next: rows.length > limit ? page[page.length - 1].id : null };
  }
}
