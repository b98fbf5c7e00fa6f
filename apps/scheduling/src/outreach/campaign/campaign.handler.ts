import { Controller } from '@nestjs/common';
import { OutreachCampaign, type OutreachCampaignQuery, type OutreachCampaignView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { assertOwnUnitResource, assertStaffOf } from '../../authorization/unit-access';
import { OutreachStore } from '../outreach-store';

/** A campaign's coverage figures, for the unit's staff. */
@Controller()
export class CampaignHandler {
  constructor(private readonly store: OutreachStore) {}

  @OnRpc(OutreachCampaign)
  async handle({ actor, campaignId }: OutreachCampaignQuery): Promise<OutreachCampaignView> {
    assertStaffOf(actor, actor.unitCode, ['desk-clerk', 'after-hours-clerk', 'unit-admin', 'auditor']);
    const campaign = await this.store.campaign(campaignId);
    assertOwnUnitResource(actor, campaign.unit_code, 'Đợt lưu động này');
    return this.store.view(campaign);
  }
}
