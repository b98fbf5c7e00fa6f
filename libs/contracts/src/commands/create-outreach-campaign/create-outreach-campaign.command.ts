import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { IsIsoDay } from '../../values/schedule/schedule-values';

export const OUTREACH_KINDS = ['home-visit', 'school-visit', 'mobile-team'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

/** An outreach campaign of a unit: home visits (re-registration of births), school visits (ID cards), mobile teams. */
export class CreateOutreachCampaignBody {
  @IsString() @Length(2, 200) name: string;
  @IsIn(OUTREACH_KINDS) kind: OutreachKind;
  @IsOptional() @IsString() @Length(1, 64) procedureCode?: string;
  @IsIsoDay() startsOn: string;
  @IsIsoDay() endsOn: string;
}

export class CreateOutreachCampaignCommand extends CommandEnvelope {
  @NestedObject(() => CreateOutreachCampaignBody) body: CreateOutreachCampaignBody;
}

export const OUTREACH_OUTCOMES = ['completed', 'not-home', 'declined', 'ineligible'] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

/** A campaign and how far it has got: coverage = targets completed / targets, in percent with 2 decimals. */
export interface OutreachCampaignView {
  campaignId: string;
  unitCode: string;
  name: string;
  kind: OutreachKind;
  procedureCode: string | null;
  startsOn: string;
  endsOn: string;
  targets: number;
  completed: number;
  pending: number;
  byOutcome: Record<OutreachOutcome, number>;
  visits: number;
  coveragePercent: number;
}

export const CreateOutreachCampaign = defineRpc<CreateOutreachCampaignCommand, OutreachCampaignView>(
  'scheduling.cmd.create-outreach-campaign',
  CreateOutreachCampaignCommand,
);
