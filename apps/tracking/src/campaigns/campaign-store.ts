import { Injectable } from '@nestjs/common';
import type { OutreachVisitRecordedV1 } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export interface CampaignRow {
  campaignId: string;
  name: string | null;
  unitCode: string;
  targets: number;
  completed: number;
  lastVisitAt: Date;
  visits: Record<string, number>;
}

/** Outreach campaigns' coverage and names, from scheduling's visit events (the latest name heard of wins). */
@Injectable()
export class CampaignStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One visit (a replay adds nothing: the visit's key is unique) and the campaign's running totals from the latest
   * visit heard of, whatever order the events arrive in.
   */
  async recordVisit(manager: EntityManager, e: OutreachVisitRecordedV1): Promise<void> {
    await manager.query(
      `INSERT INTO tracking.outreach_visits (campaign_id, visited_at, outcome, dossier_code) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [e.campaignId, e.visitedAt, e.outcome, e.dossierCode ?? ''],
    );
    await manager.query(
      `INSERT INTO tracking.outreach_campaigns AS c (campaign_id, unit_code, targets, completed, last_visit_at, name) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (campaign_id) DO UPDATE SET
         name = CASE WHEN EXCLUDED.name IS NOT NULL AND (c.name IS NULL OR EXCLUDED.last_visit_at >= c.last_visit_at) THEN EXCLUDED.name ELSE c.name END,
         targets = CASE WHEN (EXCLUDED.last_visit_at, EXCLUDED.completed) > (c.last_visit_at, c.completed) THEN EXCLUDED.targets ELSE c.targets END,
         completed = CASE WHEN (EXCLUDED.last_visit_at, EXCLUDED.completed) > (c.last_visit_at, c.completed) THEN EXCLUDED.completed ELSE c.completed END,
         last_visit_at = GREATEST(c.last_visit_at, EXCLUDED.last_visit_at)`,
      [e.campaignId, e.unitCode, e.targets, e.completed, e.visitedAt, e.campaignName ?? null],
    );
  }

  async ofUnits(units: readonly string[]): Promise<CampaignRow[]> {
    const rows = await this.dataSource.query(
      `SELECT c.*, COALESCE((SELECT jsonb_object_agg(outcome, n) FROM (
                SELECT outcome, count(*) AS n FROM tracking.outreach_visits v WHERE v.campaign_id = c.campaign_id GROUP BY outcome) o), '{}') AS visits
         FROM tracking.outreach_campaigns c WHERE c.unit_code = ANY($1::text[]) ORDER BY c.last_visit_at DESC`,
      [units],
    );
    return rows.map((r: Record<string, any>) => ({
      campaignId: r.campaign_id,
      name: r.name ?? null,
      unitCode: r.unit_code,
      targets: r.targets,
      completed: r.completed,
      lastVisitAt: r.last_visit_at,
      visits: Object.fromEntries(Object.entries(r.visits as Record<string, string | number>).map(([k, v]) => [k, Number(v)])),
    }));
  }

  async unitCodes(): Promise<string[]> {
    const rows = await this.dataSource.query('SELECT DISTINCT unit_code FROM tracking.outreach_campaigns');
    return rows.map((r: { unit_code: string }) => r.unit_code);
  }
}
