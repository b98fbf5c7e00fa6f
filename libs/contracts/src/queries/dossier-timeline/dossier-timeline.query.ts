import { IsString, Matches } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { DOSSIER_CODE_PATTERN } from '../../values/dossier-code';

export class DossierTimelineQuery extends StaffQueryEnvelope {
  @IsString() @Matches(DOSSIER_CODE_PATTERN, { message: 'không phải mã hồ sơ' }) dossierCode: string;
}

export interface TimelineEntry {
  /** The event subject that recorded it, e.g. `relay.evt.transfer.sent.v1`. */
  event: string;
  at: string;
  unitCode: string | null;
  /** Plain Vietnamese, for people. */
  description: string;
}

export interface DossierTimeline {
  dossierCode: string;
  entries: TimelineEntry[];
}

export const DossierTimelineRpc = defineRpc<DossierTimelineQuery, DossierTimeline>('tracking.qry.timeline', DossierTimelineQuery);
