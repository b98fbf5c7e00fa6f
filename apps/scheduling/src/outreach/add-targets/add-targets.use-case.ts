import { Injectable } from '@nestjs/common';
import { AppError, type AddOutreachTargetsCommand, type OutreachCampaignView } from '@motcua/contracts';
import { runIdempotent, TransactionRunner } from '@motcua/persistence';
import { assertOwnUnitResource, assertStaffOf } from '../../authorization/unit-access';
import { OUTREACH_ROLES } from '../create-campaign/create-campaign.use-case';
import { OutreachStore } from '../outreach-store';

/** Loads (part of) the target list the ward police and hamlet heads provide; a ref already listed is kept as is. */
@Injectable()
export class AddTargetsUseCase {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: OutreachStore,
  ) {}

  async execute(command: AddOutreachTargetsCommand): Promise<OutreachCampaignView> {
    const { actor, campaignId, body } = command;
    assertStaffOf(actor, actor.unitCode, [...OUTREACH_ROLES]);
    const refs = body.targets.map((t) => t.ref);
    const repeated = refs.findIndex((ref, i) => refs.indexOf(ref) !== i);
    if (repeated >= 0) throw AppError.invalid([{ field: `targets[${repeated}].ref`, reason: `${refs[repeated]} bị ghi hai lần` }]);
    return runIdempotent(this.runner, { command: 'add-outreach-targets', key: command.idempotencyKey, request: { actor, campaignId, body } }, async (uow) => {
      const campaign = await this.store.campaign(campaignId, uow.manager, true);
      assertOwnUnitResource(actor, campaign.unit_code, 'Đợt lưu động này');
      await this.store.addTargets(uow.manager, campaignId, body.targets);
      return this.store.view(campaign, uow.manager);
    });
  }
}
