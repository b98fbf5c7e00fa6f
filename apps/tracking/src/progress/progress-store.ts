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
  /** Salted hashes of the second factor (see matchesSecondFactor). */
  lookupFactors: string[] | null;
  /** From the statistics fact: waiting for the citizen's supplement since then. */
  pausedSince: Date | null;
  /** How processing ended, once it has (a refusal reads differently from a result). */
  endKind: 'resolved' | 'refused' | 'withdrawn' | null;
  /** The appointment the citizen now holds: after a supplement (counted again) or an apology (a new date). */
  currentAppointmentAt: Date | null;
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
    const rank = statusRank(fact.status ?? fact.during ?? 'received');
    // A detour never moves the status: rank 0 loses to whatever the dossier has reached.
    const [status, statusRankValue] = fact.status ? [fact.status, rank] : ['received', 0];
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
                                           received_at, appointment_at, collect_at, updated_at, lookup_factors)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (dossier_code) DO UPDATE SET
         status = CASE WHEN EXCLUDED.status_rank > d.status_rank THEN EXCLUDED.status ELSE d.status END,
         status_rank = GREATEST(d.status_rank, EXCLUDED.status_rank),
         procedure_code = COALESCE(d.procedure_code, EXCLUDED.procedure_code),
         procedure_name = COALESCE(d.procedure_name, EXCLUDED.procedure_name),
         receiving_unit_code = COALESCE(d.receiving_unit_code, EXCLUDED.receiving_unit_code),
         received_at = COALESCE(d.received_at, EXCLUDED.received_at),
         appointment_at = COALESCE(d.appointment_at, EXCLUDED.appointment_at),
         collect_at = COALESCE(EXCLUDED.collect_at, d.collect_at),
         updated_at = GREATEST(d.updated_at, EXCLUDED.updated_at),
         lookup_factors = COALESCE(d.lookup_factors, EXCLUDED.lookup_factors)`,
      [
        fact.dossierCode,
        status,
        statusRankValue,
        r.procedureCode ?? null,
        r.procedureName ?? null,
        r.receivingUnitCode ?? null,
        r.receivedAt ?? null,
        r.appointmentAt ?? null,
        fact.collectAt ?? null,
        fact.at,
        fact.lookupFactors ?? null,
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
    const [r] = await this.dataSource.query(
      `SELECT d.*, f.paused_since, f.end_kind,
              GREATEST(f.due_at, (f.fact->'delay'->>'newAppointmentAt')::timestamptz) AS current_appointment_at
         FROM tracking.dossiers d LEFT JOIN tracking.dossier_facts f ON f.dossier_code = d.dossier_code
        WHERE d.dossier_code = $1`,
      [dossierCode],
    );
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
      lookupFactors: r.lookup_factors,
      pausedSince: r.paused_since,
      endKind: r.end_kind,
      currentAppointmentAt: r.current_appointment_at,
    };
  }
}
