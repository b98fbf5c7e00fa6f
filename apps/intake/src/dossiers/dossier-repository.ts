import { Injectable } from '@nestjs/common';
import { AppError, type DossierStatus } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { DossierRow } from './dossier-row';

/** The SQL of intake.dossiers, in one place. */
@Injectable()
export class DossierRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(code: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<DossierRow | undefined> {
    const rows = await manager.query(`SELECT * FROM intake.dossiers WHERE code = $1${forUpdate ? ' FOR UPDATE' : ''}`, [code]);
    return rows[0];
  }

  async get(code: string, manager?: EntityManager, forUpdate = false): Promise<DossierRow> {
    const row = await this.find(code, manager, forUpdate);
    if (!row) throw AppError.notFound('hồ sơ');
    return row;
  }

  async listForDesk(unitCode: string, status: DossierStatus | undefined, limit = 200): Promise<DossierRow[]> {
    return this.dataSource.query(
      `SELECT * FROM intake.dossiers WHERE receiving_unit_code = $1 AND ($2::text IS NULL OR status = $2)
        ORDER BY coalesce(result_ready_at, received_at) DESC LIMIT $3`,
      [unitCode, status ?? null, limit],
    );
  }

  /** Next number of the agency's day: the upsert's row lock makes concurrent receipts wait, never share. */
  async nextSequence(manager: EntityManager, agencyCode: string, day: string): Promise<number> {
    const [row] = await manager.query(
      `INSERT INTO intake.dossier_sequences (agency_code, day, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (agency_code, day) DO UPDATE SET last_value = intake.dossier_sequences.last_value + 1
       RETURNING last_value`,
      [agencyCode, day],
    );
    return row.last_value;
  }
}
