import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TimelineEntry } from '@motcua/contracts';
import type { ProgressFact } from '../record-progress/progress-fact';
import { statusRank, type ProgressStatus } from './dossier-progress';

export interface DossierProgressRow {
  dossierCode: string;
  status: ProgressStatus;
  procedureCode: string | null;
  procedureName: string | null;
  receivingUnitCode: string | null;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  collectAt: string | null;
  updatedAt: Date;
}

/** Tracking's tables: the timeline, the per-dossier projection and the units taking part. */
@Injectable()
export class ProgressStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Applies one fact; commutative, so any arrival order gives the same result: the status moves to the
   * furthest rank, reception details fill in whenever they arrive (first one kept), updated_at is the latest fact.
   */
  async apply(manager: EntityManager, fact: ProgressFact): Promise<void> {
    const rank = statusRank(fact.status);
    await manager.query(
      `INSERT INTO tracking.timeline (dossier_code, event, at, status_rank, unit_code, description)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ON CONSTRAINT timeline_one_per_fact DO NOTHING`,
      [fact.dossierCode, fact.event, fact.at, rank, fact.unitCode, fact.description],
    );
    await manager.query(
      `INSERT INTO tracking.dossier_units (dossier_code, unit_code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
      [fact.dossierCode, [...new Set(fact.units)]],
    );
    const r = fact.reception ?? {};
    await manager.query(
      `INSERT INTO tracking.dossiers AS d (dossier_code, status, status_rank, procedure_code, procedure_name, receiving_unit_code,
                                           received_at, appointment_at, collect_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (dossier_code) DO UPDATE SET
         status = CASE WHEN EXCLUDED.status_rank > d.status_rank THEN EXCLUDED.status ELSE d.status END,
         status_rank = GREATEST(d.status_rank, EXCLUDED.status_rank),
         procedure_code = COALESCE(d.procedure_code, EXCLUDED.procedure_code),
         procedure_name = COALESCE(d.procedure_name, EXCLUDED.procedure_name),
         receiving_unit_code = COALESCE(d.receiving_unit_code, EXCLUDED.receiving_unit_code),
         received_at = COALESCE(d.received_at, EXCLUDED.received_at),
         appointment_at = COALESCE(d.appointment_at, EXCLUDED.appointment_at),
         collect_at = COALESCE(EXCLUDED.collect_at, d.collect_at),
         updated_at = GREATEST(d.updated_at, EXCLUDED.updated_at)`,
      [
        fact.dossierCode,
        fact.status,
        rank,
        r.procedureCode ?? null,
        r.procedureName ?? null,
        r.receivingUnitCode ?? null,
        r.receivedAt ?? null,
        r.appointmentAt ?? null,
        fact.collectAt ?? null,
        fact.at,
      ],
    );
  }

  /** Ordered by when things happened; equal times in step order. */
  async timeline(dossierCode: string): Promise<TimelineEntry[]> {
    const rows = await this.dataSource.query(
      `SELECT event, at, unit_code, description FROM tracking.timeline WHERE dossier_code = $1 ORDER BY at, status_rank, id`,
      [dossierCode],
    );
    return rows.map((r: any) => ({ event: r.event, at: new Date(r.at).toISOString(), unitCode: r.unit_code, description: r.description }));
  }

  async unitsOf(dossierCode: string): Promise<string[]> {
    const rows = await this.dataSource.query(`SELECT unit_code FROM tracking.dossier_units WHERE dossier_code = $1`, [dossierCode]);
    return rows.map((r: { unit_code: string }) => r.unit_code);
  }

  async find(dossierCode: string): Promise<DossierProgressRow | undefined> {
    const [r] = await this.dataSource.query(`SELECT * FROM tracking.dossiers WHERE dossier_code = $1`, [dossierCode]);
    if (!r) return undefined;
    return {
      dossierCode: r.dossier_code,
      status: r.status,
      procedureCode: r.procedure_code,
      procedureName: r.procedure_name,
      receivingUnitCode: r.receiving_unit_code,
      receivedAt: r.received_at,
      appointmentAt: r.appointment_at,
      collectAt: r.collect_at,
      updatedAt: r.updated_at,
    };
  }
}
