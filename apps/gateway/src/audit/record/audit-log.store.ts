import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditActor } from './audit-context';

export type AuditOutcome = 'succeeded' | 'refused' | 'failed';
export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['succeeded', 'refused', 'failed'];

export interface AuditEntry {
  at: Date;
  durationMs: number;
  actor?: AuditActor;
  action: string;
  target: Record<string, unknown>;
  status: number;
  errorCode?: string;
  correlationId?: string;
}

export interface AuditRecord {
  id: string;
  at: string;
  durationMs: number;
  actor: { staffId: string; username: string | null; unitCode: string | null; roles: string[] } | null;
  action: string;
  target: Record<string, unknown>;
  status: number;
  outcome: AuditOutcome;
  errorCode: string | null;
  correlationId: string | null;
}

export interface AuditFilter {
  from?: string;
  to?: string;
  unitCode?: string;
  staffId?: string;
  action?: string;
  outcome?: AuditOutcome;
  /** Keyset paging: entries older than this id. */
  before?: string;
  limit: number;
}

export function outcomeOf(status: number): AuditOutcome {
  return status >= 500 ? 'failed' : status >= 400 ? 'refused' : 'succeeded';
}

/** identity.audit_log: insert and read only (a trigger refuses UPDATE, DELETE and TRUNCATE). */
@Injectable()
export class AuditLogStore {
  constructor(private readonly dataSource: DataSource) {}

  async append(entry: AuditEntry): Promise<void> {
    const a = entry.actor;
    await this.dataSource.query(
      `INSERT INTO identity.audit_log (at, duration_ms, actor_staff_id, actor_username, actor_unit_code, actor_roles, action, target, status, outcome, error_code, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8::jsonb, $9, $10, $11, $12)`,
      [
        entry.at,
        entry.durationMs,
        a?.staffId ?? null,
        a?.username ?? null,
        a?.unitCode ?? null,
        a?.roles ?? null,
        entry.action,
        JSON.stringify(entry.target),
        entry.status,
        outcomeOf(entry.status),
        entry.errorCode ?? null,
        entry.correlationId ?? null,
      ],
    );
  }

  async list(filter: AuditFilter): Promise<AuditRecord[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM identity.audit_log
       WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::timestamptz IS NULL OR at < $2)
         AND ($3::text IS NULL OR actor_unit_code = $3) AND ($4::uuid IS NULL OR actor_staff_id = $4)
         AND ($5::text IS NULL OR action = $5) AND ($6::text IS NULL OR outcome = $6) AND ($7::bigint IS NULL OR id < $7)
       ORDER BY id DESC LIMIT $8`,
      [
        filter.from ?? null,
        filter.to ?? null,
        filter.unitCode ?? null,
        filter.staffId ?? null,
        filter.action ?? null,
        filter.outcome ?? null,
        filter.before ?? null,
        filter.limit,
      ],
    );
    return rows.map((r: any) => ({
      id: String(r.id),
      at: new Date(r.at).toISOString(),
      durationMs: r.duration_ms,
      actor: r.actor_staff_id ? { staffId: r.actor_staff_id, username: r.actor_username, unitCode: r.actor_unit_code, roles: r.actor_roles ?? [] } : null,
      action: r.action,
      target: r.target,
      status: r.status,
      outcome: r.outcome,
      errorCode: r.error_code,
      correlationId: r.correlation_id,
    }));
  }
}
