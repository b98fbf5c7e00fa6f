import { Injectable } from '@nestjs/common';
import { AppError, type TransferStatus } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { TransferRow } from './transfer-row';

export interface HandoverRecord {
  transferId: string;
  dossierCode: string;
  step: 'sent' | 'received' | 'resolved' | 'returned';
  fromUnitCode: string;
  toUnitCode: string;
  givenBy?: string | null;
  receivedBy?: string | null;
  at: Date;
  timeliness?: 'early' | 'on-time' | 'late' | null;
}

/** The SQL of relay.transfers and the append-only relay.handovers. */
@Injectable()
export class TransferRepository {
  constructor(private readonly dataSource: DataSource) {}

  async get(id: string, manager: EntityManager, forUpdate = false): Promise<TransferRow> {
    const [row] = await manager.query(`SELECT * FROM relay.transfers WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) throw AppError.notFound('transfer');
    return row;
  }

  async inbox(unitCode: string, status: TransferStatus | undefined, page: number, pageSize: number): Promise<{ rows: TransferRow[]; total: number }> {
    const filter = `to_unit_code = $1 AND ($2::text IS NULL OR status = $2)`;
    const rows: TransferRow[] = await this.dataSource.query(
      `SELECT * FROM relay.transfers WHERE ${filter} ORDER BY due_at, id LIMIT $3 OFFSET $4`,
      [unitCode, status ?? null, pageSize, (page - 1) * pageSize],
    );
    // Counted apart, so a page past the end still reports how many there are.
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM relay.transfers WHERE ${filter}`, [unitCode, status ?? null]);
    return { rows, total };
  }

  async recordHandover(manager: EntityManager, h: HandoverRecord): Promise<void> {
    await manager.query(
      `INSERT INTO relay.handovers (transfer_id, dossier_code, step, from_unit_code, to_unit_code, given_by, received_by, at, timeliness)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [h.transferId, h.dossierCode, h.step, h.fromUnitCode, h.toUnitCode, h.givenBy ?? null, h.receivedBy ?? null, h.at, h.timeliness ?? null],
    );
  }
}
