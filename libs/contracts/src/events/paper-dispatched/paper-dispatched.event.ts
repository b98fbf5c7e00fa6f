import { IsIn, IsISO8601, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';
import { TIMELINESS, type Timeliness } from '../dossier-resolved/dossier-resolved.event';

/** The paper dossier left the desk for the office (same working day, or next morning after 15:00). */
export class PaperDispatchedV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() fromUnitCode: string;
  @IsString() toUnitCode: string;
  @IsString() staffId: string;
  @IsISO8601() dispatchedAt: string;
  @IsIn(TIMELINESS) timeliness: Timeliness;
}

export const PaperDispatched = defineEvent('relay.evt.transfer.paper-dispatched.v1', PaperDispatchedV1);
