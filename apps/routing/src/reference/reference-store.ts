import { Injectable } from '@nestjs/common';
import type { BundleRecord, ProcedureRecord, UnitAlias, UnitRecord } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BUNDLE_COLUMNS,
  bundleParams,
  placeholders,
  PROCEDURE_COLUMNS,
  procedureParams,
  replaceAll,
  toAlias,
  toBundle,
  toProcedure,
  toUnit,
  UNIT_COLUMNS,
  unitParams,
} from './reference-rows';

const IN_FORCE = 'valid_from <= $1 AND (valid_to IS NULL OR valid_to >= $1)';
/** In force on the day or later: what replicas need to switch versions on their own at an effective date. */
const FROM_DAY_ON = 'valid_to IS NULL OR valid_to >= $1';
const KEY = ['code', 'valid_from'];

/** Effective-dated units, aliases, procedures and bundles, as routing's own tables hold them. */
@Injectable()
export class ReferenceStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Versions in force on `day` (YYYY-MM-DD). */
  async unitsOn(day: string, manager: EntityManager = this.dataSource.manager): Promise<UnitRecord[]> {
    return (await manager.query(`SELECT * FROM routing.units WHERE ${IN_FORCE} ORDER BY code`, [day])).map(toUnit);
  }

  async proceduresOn(day: string, manager: EntityManager = this.dataSource.manager): Promise<ProcedureRecord[]> {
    return (await manager.query(`SELECT * FROM routing.procedures WHERE ${IN_FORCE} ORDER BY code`, [day])).map(toProcedure);
  }

  async bundlesOn(day: string, manager: EntityManager = this.dataSource.manager): Promise<BundleRecord[]> {
    return (await manager.query(`SELECT * FROM routing.bundles WHERE ${IN_FORCE} ORDER BY code`, [day])).map(toBundle);
  }

  async procedureOn(code: string, day: string, manager: EntityManager = this.dataSource.manager): Promise<ProcedureRecord | undefined> {
    const rows = await manager.query(`SELECT * FROM routing.procedures WHERE code = $2 AND ${IN_FORCE}`, [day, code]);
    return rows.map(toProcedure)[0];
  }

  /**
   * The units a decision about `codes` can touch on `day`: each of them, the codes they were merged into, their
   * ancestors, and the bodies their offices name (commune police, land branches) — not the whole tree, which on a
   * real province holds thousands of communes and hamlets.
   */
  async unitsAround(codes: string[], day: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, UnitRecord>> {
    const aliases = await this.aliases(manager);
    const start = new Set(codes);
    for (const code of codes) {
      for (let alias = aliases.find((a) => a.code === code), depth = 0; alias && depth < 8; alias = aliases.find((a) => a.code === alias!.successorCode), depth++) {
        start.add(alias.successorCode);
      }
    }
    const rows = await manager.query(
      `WITH RECURSIVE chain AS (
         SELECT u.*, 0 AS depth FROM routing.units u WHERE u.code = ANY($2) AND ${IN_FORCE.replaceAll('valid_', 'u.valid_')}
         UNION ALL
         SELECT p.*, c.depth + 1 FROM routing.units p JOIN chain c ON p.code = c.parent_code
          WHERE c.depth < 8 AND ${IN_FORCE.replaceAll('valid_', 'p.valid_')}
       ), bodies AS (
         SELECT o.*, 0 AS depth FROM routing.units o
          WHERE o.code IN (SELECT jsonb_array_elements(c.offices) ->> 'unitCode' FROM chain c WHERE c.offices IS NOT NULL)
            AND ${IN_FORCE.replaceAll('valid_', 'o.valid_')}
       )
       SELECT * FROM chain UNION ALL SELECT * FROM bodies`,
      [day, [...start]],
    );
    return new Map(rows.map((r: unknown) => toUnit(r)).map((u: UnitRecord) => [u.code, u]));
  }

  /** Every version (day = null) or the versions in force on `day` or later, oldest first per code. */
  async units(fromDay: string | null = null, manager: EntityManager = this.dataSource.manager): Promise<UnitRecord[]> {
    return (await manager.query(`SELECT * FROM routing.units WHERE $1::date IS NULL OR ${FROM_DAY_ON} ORDER BY code, valid_from`, [fromDay])).map(toUnit);
  }

  async procedures(fromDay: string | null = null, manager: EntityManager = this.dataSource.manager): Promise<ProcedureRecord[]> {
    const sql = `SELECT * FROM routing.procedures WHERE $1::date IS NULL OR ${FROM_DAY_ON} ORDER BY code, valid_from`;
    return (await manager.query(sql, [fromDay])).map(toProcedure);
  }

  async bundles(fromDay: string | null = null, manager: EntityManager = this.dataSource.manager): Promise<BundleRecord[]> {
    return (await manager.query(`SELECT * FROM routing.bundles WHERE $1::date IS NULL OR ${FROM_DAY_ON} ORDER BY code, valid_from`, [fromDay])).map(toBundle);
  }

  async unitHistory(code: string, manager: EntityManager = this.dataSource.manager): Promise<UnitRecord[]> {
    return (await manager.query(`SELECT * FROM routing.units WHERE code = $1 ORDER BY valid_from`, [code])).map(toUnit);
  }

  async aliases(manager: EntityManager = this.dataSource.manager): Promise<UnitAlias[]> {
    return (await manager.query(`SELECT * FROM routing.unit_aliases ORDER BY code`)).map(toAlias);
  }

  /** Inserts or replaces versions by (code, valid_from). */
  async upsertUnits(units: UnitRecord[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    const sql = `INSERT INTO routing.units (${UNIT_COLUMNS}) VALUES (${placeholders(11)})
      ON CONFLICT (code, valid_from) DO UPDATE SET ${replaceAll(UNIT_COLUMNS, KEY)}`;
    for (const u of units) await manager.query(sql, unitParams(u));
  }

  async upsertProcedures(procedures: ProcedureRecord[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    const sql = `INSERT INTO routing.procedures (${PROCEDURE_COLUMNS}) VALUES (${placeholders(21)})
      ON CONFLICT (code, valid_from) DO UPDATE SET ${replaceAll(PROCEDURE_COLUMNS, KEY)}`;
    for (const p of procedures) await manager.query(sql, procedureParams(p));
  }

  async upsertBundles(bundles: BundleRecord[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    const sql = `INSERT INTO routing.bundles (${BUNDLE_COLUMNS}) VALUES (${placeholders(6)})
      ON CONFLICT (code, valid_from) DO UPDATE SET ${replaceAll(BUNDLE_COLUMNS, KEY)}`;
    for (const b of bundles) await manager.query(sql, bundleParams(b));
  }

  async upsertAliases(aliases: UnitAlias[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    for (const a of aliases) {
      await manager.query(
        `INSERT INTO routing.unit_aliases (code, successor_code, since, basis) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET successor_code = EXCLUDED.successor_code, since = EXCLUDED.since, basis = EXCLUDED.basis`,
        [a.code, a.successorCode, a.since, a.basis ?? null],
      );
    }
  }

  /** Serialises reference writers: imports check overlaps against what is stored, so two must not interleave. */
  async lockForWrite(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('routing.reference'))`);
  }

  async recordImport(manager: EntityManager, entry: { kind: 'catalogue' | 'units'; staffId: string; unitCode: string; report: object }): Promise<void> {
    await manager.query(`INSERT INTO routing.reference_imports (kind, staff_id, unit_code, report) VALUES ($1, $2, $3, $4)`, [
      entry.kind,
      entry.staffId,
      entry.unitCode,
      JSON.stringify(entry.report),
    ]);
  }
}
