import { Injectable } from '@nestjs/common';
import { AppError, type ControlSlipRow, type TransferStatus } from '@motcua/contracts';
import { updateReturning } from '@motcua/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import type { TransferRow } from './transfer-row';

export interface InboxFilter {
  status?: TransferStatus;
  assignedTo?: string;
  /** Open transfers due before / from these instants (the deadline filter). */
  dueBefore?: Date;
  dueFrom?: Date;
  /** Part of the dossier code, any case. */
  dossierCode?: string;
}

export interface HandoverRecord {
  transferId: string;
  dossierCode: string;
  step: ControlSlipRow['step'];
  fromUnitCode: string;
  toUnitCode: string;
  givenBy?: string | null;
  receivedBy?: string | null;
  at: Date;
  timeliness?: 'early' | 'on-time' | 'late' | null;
  note?: string | null;
}

/** The SQL of relay.transfers and the append-only relay.handovers. */
@Injectable()
export class TransferRepository {
  constructor(private readonly dataSource: DataSource) {}

  async get(id: string, manager: EntityManager, forUpdate = false): Promise<TransferRow> {
    const [row] = await manager.query(`SELECT * FROM relay.transfers WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) throw AppError.notFound('phiếu chuyển');
    return row;
  }

  async findByDossier(dossierCode: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<TransferRow | undefined> {
    const [row] = await manager.query(`SELECT * FROM relay.transfers WHERE dossier_code = $1${forUpdate ? ' FOR UPDATE' : ''}`, [dossierCode]);
    return row;
  }

  async handovers(dossierCode: string): Promise<Record<string, any>[]> {
    return this.dataSource.query(`SELECT * FROM relay.handovers WHERE dossier_code = $1 ORDER BY at, id`, [dossierCode]);
  }

  async inbox(unitCode: string, filter: InboxFilter, page: number, pageSize: number): Promise<{ rows: TransferRow[]; total: number }> {
    const conditions = ['to_unit_code = $1'];
    const params: unknown[] = [unitCode];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.status) add('status = ?', filter.status);
    if (filter.assignedTo) add('assigned_to = ?', filter.assignedTo);
    if (filter.dueBefore || filter.dueFrom) conditions.push(`status IN ('sent', 'acknowledged', 'awaiting-approval')`);
    if (filter.dueBefore) add('due_at < ?', filter.dueBefore);
    if (filter.dueFrom) add('due_at >= ?', filter.dueFrom);
    if (filter.dossierCode) add(`dossier_code ILIKE ? ESCAPE '\\'`, `%${filter.dossierCode.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const where = conditions.join(' AND ');
    const rows: TransferRow[] = await this.dataSource.query(
      `SELECT * FROM relay.transfers WHERE ${where} ORDER BY due_at, id LIMIT ${Number(pageSize)} OFFSET ${Number((page - 1) * pageSize)}`,
      params,
    );
    // Counted apart, so a page past the end still reports how many there are.
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM relay.transfers WHERE ${where}`, params);
    return { rows, total };
  }

  /** Applies `changes` to a locked transfer and bumps its version; returns the row as it now stands. */
  async update(manager: EntityManager, transfer: TransferRow, changes: Partial<TransferRow>): Promise<TransferRow> {
    const columns = Object.keys(changes).filter((c) => c !== 'version' && c !== 'id');
    const assignments = columns.map((c, i) => `${c} = $${i + 3}`);
    const values = columns.map((c) => {
      const v = (changes as Record<string, unknown>)[c];
      return Array.isArray(v) ? JSON.stringify(v) : v;
    });
    const rows = await updateReturning<TransferRow>(
      manager,
      `UPDATE relay.transfers SET ${[...assignments, 'version = version + 1'].join(', ')} WHERE id = $1 AND version = $2 RETURNING *`,
      [transfer.id, transfer.version, ...values],
    );
    const row = rows[0];
    if (!row) throw AppError.conflict('stale_version', 'Phiếu chuyển vừa được người khác thay đổi; vui lòng tải lại');
    return row;
  }

  async recordHandover(manager: EntityManager, h: HandoverRecord): Promise<void> {
    await manager.query(
      `INSERT INTO relay.handovers (transfer_id, dossier_code, step, from_unit_code, to_unit_code, given_by, received_by, at, timeliness, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [h.transferId, h.dossierCode, h.step, h.fromUnitCode, h.toUnitCode, h.givenBy ?? null, h.receivedBy ?? null, h.at, h.timeliness ?? null, h.note ?? null],
    );
  }
}
