import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';
import { OUTREACH_OUTCOMES, type OutreachCampaignView, type OutreachOutcome } from '../create-outreach-campaign/create-outreach-campaign.command';

/** A team's visit to one target: what came of it, and the dossier received if one was. */
export class RecordOutreachVisitBody {
  @IsString() @Length(1, 64) targetRef: string;
  @IsIn(OUTREACH_OUTCOMES) outcome: OutreachOutcome;
  /** When the visit happened (now when absent); not in the future. */
  @IsOptional() @IsISO8601({ strict: true }) visitedAt?: string;
  @IsOptional() @Matches(DOSSIER_CODE_PATTERN, { message: 'phải là mã hồ sơ' }) dossierCode?: string;
  @IsOptional() @IsString() @Length(1, 500) note?: string;
}

export class RecordOutreachVisitCommand extends CommandEnvelope {
  @IsUUID() campaignId: string;
  @NestedObject(() => RecordOutreachVisitBody) body: RecordOutreachVisitBody;
}

export const RecordOutreachVisit = defineRpc<RecordOutreachVisitCommand, OutreachCampaignView>('scheduling.cmd.record-outreach-visit', RecordOutreachVisitCommand);
