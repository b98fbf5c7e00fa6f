import { Injectable } from '@nestjs/common';
import type { ProcedureRecord, UnitRecord } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';

const toDay = (value: Date | string | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** Effective-dated units and procedures, as routing's own tables hold them. */
@Injectable()
export class ReferenceStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Versions in force on `day` (YYYY-MM-DD). */
  async unitsOn(day: string, manager: EntityManager = this.dataSource.manager): Promise<UnitRecord[]> {
    const rows = await manager.query(
      `SELECT * FROM routing.units WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to >= $1) ORDER BY code`,
      [day],
    );
    return rows.map(
      (r: any): UnitRecord => ({
        code: r.code,
        name: r.name,
        type: r.type,
        parentCode: r.parent_code,
        agencyCode: r.agency_code,
        deskName: r.desk_name,
        validFrom: toDay(r.valid_from)!,
        validTo: toDay(r.valid_to),
      }),
    );
  }

  async proceduresOn(day: string, manager: EntityManager = this.dataSource.manager): Promise<ProcedureRecord[]> {
    const rows = await manager.query(
      `SELECT * FROM routing.procedures WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to >= $1) ORDER BY code`,
      [day],
    );
    return rows.map(
      (r: any): ProcedureRecord => ({
        code: r.code,
        name: r.name,
        field: r.field,
        competence: r.competence,
        timeLimit: r.time_limit,
        documents: r.documents,
        feeVnd: r.fee_vnd,
        validFrom: toDay(r.valid_from)!,
        validTo: toDay(r.valid_to),
      }),
    );
  }

  async upsertUnits(units: UnitRecord[]): Promise<void> {
    for (const u of units) {
      await this.dataSource.query(
        `INSERT INTO routing.units (code, valid_from, valid_to, name, type, parent_code, agency_code, desk_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code, valid_from) DO NOTHING`,
        [u.code, u.validFrom, u.validTo, u.name, u.type, u.parentCode, u.agencyCode, u.deskName],
      );
    }
  }

  async upsertProcedures(procedures: ProcedureRecord[]): Promise<void> {
    for (const p of procedures) {
      await this.dataSource.query(
        `INSERT INTO routing.procedures (code, valid_from, valid_to, name, field, competence, time_limit, documents, fee_vnd)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code, valid_from) DO NOTHING`,
        [p.code, p.validFrom, p.validTo, p.name, p.field, p.competence, JSON.stringify(p.timeLimit), JSON.stringify(p.documents), p.feeVnd],
      );
    }
  }
}
