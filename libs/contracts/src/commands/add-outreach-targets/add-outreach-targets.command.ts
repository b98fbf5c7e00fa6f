import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import type { OutreachCampaignView } from '../create-outreach-campaign/create-outreach-campaign.command';

/** One person to reach, from the list the police and hamlet heads provide. */
export class OutreachTargetInput {
  /** The list's own reference for the person (unique in the campaign); adding it again changes nothing. */
  @IsString() @Length(1, 64) ref: string;
  @IsString() @Length(2, 120) fullName: string;
  @IsString() @Length(2, 300) address: string;
  @IsOptional() @IsString() @Length(1, 500) note?: string;
}

export class AddOutreachTargetsBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => OutreachTargetInput) targets: OutreachTargetInput[];
}

export class AddOutreachTargetsCommand extends CommandEnvelope {
  @IsUUID() campaignId: string;
  @NestedObject(() => AddOutreachTargetsBody) body: AddOutreachTargetsBody;
}

export const AddOutreachTargets = defineRpc<AddOutreachTargetsCommand, OutreachCampaignView>('scheduling.cmd.add-outreach-targets', AddOutreachTargetsCommand);
