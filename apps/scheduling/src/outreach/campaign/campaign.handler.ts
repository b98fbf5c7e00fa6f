import { Controller } from '@nestjs/common';
import { AppError, OutreachCampaign, type OutreachCampaignQuery, type OutreachCampaignView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { assertStaffOf } from '../../authorization/unit-access';
import { OutreachStore } from '../outreach-store';

/** A campaign's coverage figures, for the unit's staff. */
@Controller()
export class CampaignHandler {
  constructor(private readonly store: OutreachStore) {}

  @OnRpc(OutreachCampaign)
  async handle({ actor, campaignId }: OutreachCampaignQuery): Promise<OutreachCampaignView> {
    assertStaffOf(actor, actor.unitCode, ['desk-clerk', 'after-hours-clerk', 'unit-admin', 'auditor']);
    const campaign = await this.store.campaign(campaignId);
    if (campaign.unit_code !== actor.unitCode) throw AppError.notFound('outreach campaign');
    return this.store.view(campaign);
  }
}
