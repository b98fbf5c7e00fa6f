import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DossierFact } from '../dossier-facts/dossier-fact';
import type { EndKind, Timeliness } from '../dossier-facts/outcome';

export interface RegisterRow {
  dossierCode: string;
  procedureCode: string;
  procedureName: string | null;
  competentUnitCode: string;
  receivedAt: Date;
  dueAt: Date;
  endKind: EndKind | null;
  endClass: Timeliness | null;
  pausedSince: Date | null;
  fact: DossierFact;
}

/** A desk's dossiers received in a period, in reception order (the register's line order). */
@Injectable()
export class RegisterStore {
  constructor(private readonly dataSource: DataSource) {}

  async page(deskUnitCode: string, start: Date, end: Date, offset: number, limit: number): Promise<{ rows: RegisterRow[]; total: number }> {
    const [rows, [count]] = await Promise.all([
      this.dataSource.query(
        `SELECT f.dossier_code, f.procedure_code, d.procedure_name, f.competent_unit_code, f.received_at, f.due_at,
                f.end_kind, f.end_class, f.paused_since, f.fact
           FROM tracking.dossier_facts f LEFT JOIN tracking.dossiers d ON d.dossier_code = f.dossier_code
          WHERE f.receiving_unit_code = $1 AND f.received_at >= $2 AND f.received_at < $3
          ORDER BY f.received_at, f.dossier_code
          LIMIT $4 OFFSET $5`,
        [deskUnitCode, start, end, limit, offset],
      ),
      this.dataSource.query(
        `SELECT count(*) AS n FROM tracking.dossier_facts WHERE receiving_unit_code = $1 AND received_at >= $2 AND received_at < $3`,
        [deskUnitCode, start, end],
      ),
    ]);
    return {
      total: Number(count.n),
      rows: rows.map((r: Record<string, any>) => ({
        dossierCode: r.dossier_code,
        procedureCode: r.procedure_code,
        procedureName: r.procedure_name,
        competentUnitCode: r.competent_unit_code,
        receivedAt: r.received_at,
        dueAt: r.due_at,
        endKind: r.end_kind,
        endClass: r.end_class,
        pausedSince: r.paused_since,
        fact: r.fact,
      })),
    };
  }
}
