import { Injectable } from '@nestjs/common';
import type { OfficialYearDecision } from '@motcua/working-days';
import { DataSource, type EntityManager } from 'typeorm';

@Injectable()
export class OfficialYearsStore {
  constructor(private readonly dataSource: DataSource) {}

  async all(manager: EntityManager = this.dataSource.manager): Promise<OfficialYearDecision[]> {
    const rows = await manager.query('SELECT decision FROM scheduling.official_years ORDER BY year');
    return rows.map((r: { decision: OfficialYearDecision }) => r.decision);
  }

  /** Adds years that are not there yet; a year already decided is never overwritten by shipped defaults. */
  async addMissing(decisions: readonly OfficialYearDecision[]): Promise<void> {
    for (const decision of decisions) {
      await this.dataSource.query(
        'INSERT INTO scheduling.official_years (year, decision) VALUES ($1, $2) ON CONFLICT (year) DO NOTHING',
        [decision.year, JSON.stringify(decision)],
      );
    }
  }

  /** Enters (or replaces) a year's decision as the notice states it. */
  async put(manager: EntityManager, decision: OfficialYearDecision): Promise<void> {
    await manager.query(
      `INSERT INTO scheduling.official_years (year, decision) VALUES ($1, $2)
       ON CONFLICT (year) DO UPDATE SET decision = excluded.decision, updated_at = now()`,
      [decision.year, JSON.stringify(decision)],
    );
  }
}
