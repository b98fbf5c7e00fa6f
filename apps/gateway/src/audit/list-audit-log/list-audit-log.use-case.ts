import { Injectable } from '@nestjs/common';
import { AppError } from '@motcua/contracts';
import { AuditLogStore } from '../record/audit-log.store';
import type { AuditLogPage } from './audit-log.view';
import type { AuditLogQuery } from './audit-log.query';

const DEFAULT_LIMIT = 100;

/** Auditors and province administrators read the whole province's log; keyset paging by entry id. */
@Injectable()
export class ListAuditLog {
  constructor(private readonly store: AuditLogStore) {}

  async execute(query: AuditLogQuery): Promise<AuditLogPage> {
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) {
      throw AppError.invalid([{ field: 'to', reason: 'phải sau thời điểm bắt đầu (from)' }], 'Khoảng thời gian không hợp lệ');
    }
    const limit = query.limit ?? DEFAULT_LIMIT;
    const items = await this.store.list({ ...query, limit });
    return { items, nextBefore: items.length === limit ? items[items.length - 1].id : null };
  }
}
