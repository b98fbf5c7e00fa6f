import { IsUUID } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import type { OutreachCampaignView } from '../../commands/create-outreach-campaign/create-outreach-campaign.command';

export class OutreachCampaignQuery extends StaffQueryEnvelope {
  @IsUUID() campaignId: string;
}

export const OutreachCampaign = defineRpc<OutreachCampaignQuery, OutreachCampaignView>('scheduling.qry.outreach-campaign', OutreachCampaignQuery);
