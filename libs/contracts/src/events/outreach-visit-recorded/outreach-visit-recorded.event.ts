import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Min } from 'class-validator';
import { defineEvent } from '../../core/contract';
import { OUTREACH_OUTCOMES, type OutreachOutcome } from '../../commands/create-outreach-campaign/create-outreach-campaign.command';

/** A visit was recorded; the campaign's totals after it. No one's name or address: tracking counts coverage. */
export class OutreachVisitRecordedV1 {
  @IsString() campaignId: string;
  /** The campaign's name (tên đợt), for reports; absent from events published before it was added. */
  @IsOptional() @IsString() campaignName?: string;
  @IsString() unitCode: string;
  @IsIn(OUTREACH_OUTCOMES) outcome: OutreachOutcome;
  @IsISO8601() visitedAt: string;
  @IsOptional() @IsString() dossierCode?: string;
  @IsInt() @Min(0) targets: number;
  @IsInt() @Min(0) completed: number;
}

export const OutreachVisitRecorded = defineEvent('scheduling.evt.outreach.visit-recorded.v1', OutreachVisitRecordedV1);
