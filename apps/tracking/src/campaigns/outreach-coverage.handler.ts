import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  AppError,
  OutreachCoverageRpc,
  OutreachVisitRecorded,
  type OutreachCoverage,
  type OutreachCoverageQuery,
  type OutreachVisitRecordedV1,
} from '@motcua/contracts';
import { consumeOnce, JetStreamContext, OnEvent, OnRpc } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { ReferenceReplica } from '../reference/reference-replica';
import { mayReadStatistics } from '../reference/report-access';
import { campaignCoverage } from './campaign-coverage';
import { CampaignStore } from './campaign-store';

/** Outreach campaigns (home and school visits): visits recorded by scheduling, coverage for supervisors. */
@Controller()
export class OutreachCoverageHandler {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly campaigns: CampaignStore,
    private readonly reference: ReferenceReplica,
  ) {}

  @OnEvent(OutreachVisitRecorded)
  async visitRecorded(@Payload() e: OutreachVisitRecordedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    await consumeOnce(this.runner, ctx, (uow) => this.campaigns.recordVisit(uow.manager, e));
  }

  @OnRpc(OutreachCoverageRpc)
  async coverage(query: OutreachCoverageQuery): Promise<OutreachCoverage> {
    const tree = this.reference.tree();
    const root = tree.current(query.unitCode ?? query.actor.unitCode);
    if (!mayReadStatistics(query.actor, root, tree)) throw AppError.forbidden('Báo cáo chỉ gồm đơn vị của bạn và các đơn vị trực thuộc');
    const units = tree.within(root, new Set([root, ...(await this.campaigns.unitCodes())]));
    const name = (code: string) => this.reference.unit(code)?.name ?? code;
    return {
      unit: { code: root, name: name(root) },
      campaigns: (await this.campaigns.ofUnits(units)).map((c) => ({
        campaignId: c.campaignId,
        name: c.name,
        unit: { code: c.unitCode, name: name(c.unitCode) },
        targets: c.targets,
        completed: c.completed,
        coveragePercent: campaignCoverage(c.completed, c.targets),
        visits: c.visits,
        lastVisitAt: c.lastVisitAt.toISOString(),
      })),
    };
  }
}
