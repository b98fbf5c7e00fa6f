import { IsOptional, IsString, Length } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';

/** Coverage of the outreach campaigns of a unit and the units under it (seed 000: "re-registration 100% (3,522/3,522)"). */
export class OutreachCoverageQuery extends StaffQueryEnvelope {
  /** The actor's own unit when absent. */
  @IsOptional() @IsString() @Length(1, 32) unitCode?: string;
}

export interface CampaignCoverage {
  campaignId: string;
  /** The campaign's name, from scheduling's visit events; null until a visit event carrying it has arrived. */
  name: string | null;
  unit: { code: string; name: string };
  targets: number;
  completed: number;
  /** completed ÷ targets, in %, 2 decimals; null without targets. */
  coveragePercent: number | null;
  /** Visits recorded, by outcome. */
  visits: Record<string, number>;
  lastVisitAt: string;
}

export interface OutreachCoverage {
  unit: { code: string; name: string };
  campaigns: CampaignCoverage[];
}

export const OutreachCoverageRpc = defineRpc<OutreachCoverageQuery, OutreachCoverage>('tracking.qry.outreach-coverage', OutreachCoverageQuery);
