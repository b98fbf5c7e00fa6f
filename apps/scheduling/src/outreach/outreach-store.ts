import { Injectable } from '@nestjs/common';
import { AppError, type OutreachCampaignView, type OutreachKind, type OutreachOutcome } from '@motcua/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { coverage } from './coverage';

export interface CampaignRow {
  id: string;
  unit_code: string;
  name: string;
  kind: OutreachKind;
  procedure_code: string | null;
  starts_on: string;
  ends_on: string;
}

/** The SQL of outreach campaigns, their target lists and visits, in one place. */
@Injectable()
export class OutreachStore {
  constructor(private readonly dataSource: DataSource) {}

  async campaign(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<CampaignRow> {
    const [row] = await manager.query(
      `SELECT id, unit_code, name, kind, procedure_code, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
         FROM scheduling.outreach_campaigns WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) throw AppError.notFound('đợt lưu động');
    return row;
  }

  async insertCampaign(manager: EntityManager, c: CampaignRow, createdBy: string): Promise<void> {
    await manager.query(
      `INSERT INTO scheduling.outreach_campaigns (id, unit_code, name, kind, procedure_code, starts_on, ends_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [c.id, c.unit_code, c.name, c.kind, c.procedure_code, c.starts_on, c.ends_on, createdBy],
    );
  }

  /** Adds targets; one already on the list (same ref) is left as it is. Returns how many were new. */
  async addTargets(manager: EntityManager, campaignId: string, targets: { ref: string; fullName: string; address: string; note?: string }[]): Promise<number> {
    const rows = await manager.query(
      `INSERT INTO scheduling.outreach_targets (campaign_id, ref, full_name, address, note)
       SELECT $1, t.ref, t.full_name, t.address, t.note FROM jsonb_to_recordset($2::jsonb) AS t(ref text, full_name text, address text, note text)
       ON CONFLICT (campaign_id, ref) DO NOTHING RETURNING 1`,
      [campaignId, JSON.stringify(targets.map((t) => ({ ref: t.ref, full_name: t.fullName, address: t.address, note: t.note ?? null })))],
    );
    return rows.length;
  }

  async target(manager: EntityManager, campaignId: string, ref: string): Promise<{ status: OutreachOutcome | 'pending' } | undefined> {
    const [row] = await manager.query('SELECT status FROM scheduling.outreach_targets WHERE campaign_id = $1 AND ref = $2 FOR UPDATE', [campaignId, ref]);
    return row;
  }

  async recordVisit(
    manager: EntityManager,
    visit: { id: string; campaignId: string; targetRef: string; visitedAt: Date; staffId: string; outcome: OutreachOutcome; dossierCode: string | null; note: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO scheduling.outreach_visits (id, campaign_id, target_ref, visited_at, staff_id, outcome, dossier_code, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [visit.id, visit.campaignId, visit.targetRef, visit.visitedAt, visit.staffId, visit.outcome, visit.dossierCode, visit.note],
    );
    await manager.query('UPDATE scheduling.outreach_targets SET status = $3, last_visit_at = $4 WHERE campaign_id = $1 AND ref = $2', [
      visit.campaignId,
      visit.targetRef,
      visit.outcome,
      visit.visitedAt,
    ]);
  }

  async view(campaign: CampaignRow, manager: EntityManager = this.dataSource.manager): Promise<OutreachCampaignView> {
    const statuses: { status: OutreachOutcome | 'pending'; n: number }[] = await manager.query(
      'SELECT status, count(*)::int AS n FROM scheduling.outreach_targets WHERE campaign_id = $1 GROUP BY status',
      [campaign.id],
    );
    const [{ n: visits }] = await manager.query('SELECT count(*)::int AS n FROM scheduling.outreach_visits WHERE campaign_id = $1', [campaign.id]);
    const targets = statuses.reduce((sum, s) => sum + s.n, 0);
    const figures = coverage({ targets, byStatus: Object.fromEntries(statuses.map((s) => [s.status, s.n])) });
    return {
      campaignId: campaign.id,
      unitCode: campaign.unit_code,
      name: campaign.name,
      kind: campaign.kind,
      procedureCode: campaign.procedure_code,
      startsOn: campaign.starts_on,
      endsOn: campaign.ends_on,
      targets,
      ...figures,
      visits,
    };
  }
}
