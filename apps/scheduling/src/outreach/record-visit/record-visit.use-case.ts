import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, OutreachVisitRecorded, type OutreachCampaignView, type OutreachVisitRecordedV1, type RecordOutreachVisitCommand } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertOwnUnitResource, assertStaffOf } from '../../authorization/unit-access';
import { OutreachStore } from '../outreach-store';

/** A team records a visit; a target once completed stays completed. The event carries counts, no names. */
@Injectable()
export class RecordVisitUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: OutreachStore,
  ) {}

  async execute(command: RecordOutreachVisitCommand, now = new Date()): Promise<OutreachCampaignView> {
    const { actor, campaignId, body } = command;
    assertStaffOf(actor, actor.unitCode, ['desk-clerk', 'after-hours-clerk', 'unit-admin']);
    const visitedAt = body.visitedAt ? new Date(body.visitedAt) : now;
    if (visitedAt.getTime() > now.getTime() + 60_000) throw AppError.invalid([{ field: 'visitedAt', reason: 'không được ở tương lai' }]);
    return runIdempotent(this.runner, { command: 'record-outreach-visit', key: command.idempotencyKey, request: { actor, campaignId, body } }, async (uow) => {
      const campaign = await this.store.campaign(campaignId, uow.manager, true);
      assertOwnUnitResource(actor, campaign.unit_code, 'Đợt lưu động này');
      const target = await this.store.target(uow.manager, campaignId, body.targetRef);
      if (!target) throw new AppError(404, 'not_found', 'Không tìm thấy đối tượng', [{ field: 'targetRef', reason: `không có đối tượng ${body.targetRef} trong đợt này` }]);
      if (target.status === 'completed') throw AppError.conflict('target_completed', `Đối tượng ${body.targetRef} đã hoàn thành`);
      await this.store.recordVisit(uow.manager, {
        id: randomUUID(),
        campaignId,
        targetRef: body.targetRef,
        visitedAt,
        staffId: actor.staffId,
        outcome: body.outcome,
        dossierCode: body.dossierCode ?? null,
        note: body.note ?? null,
      });
      const view = await this.store.view(campaign, uow.manager);
      const event: OutreachVisitRecordedV1 = {
        campaignId,
        campaignName: campaign.name,
        unitCode: campaign.unit_code,
        outcome: body.outcome,
        visitedAt: visitedAt.toISOString(),
        ...(body.dossierCode ? { dossierCode: body.dossierCode } : {}),
        targets: view.targets,
        completed: view.completed,
      };
      await uow.publish(OutreachVisitRecorded.subject, event);
      return view;
    });
  }
}
