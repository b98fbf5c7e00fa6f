import { IsIn, IsInt, IsISO8601, IsString, IsUUID, Matches, Min } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineEvent } from '../../core/contract';
import { CHANNELS, type Channel } from '../../values/channels';
import { TimeLimit } from '../../values/time-limit';

/**
 * The desk refused to receive a dossier, in writing (form 03, Decree 61 step 1b). No dossier code exists: the
 * refusal is counted apart, never as a received dossier that ended. No applicant and no reasons (free text that may
 * name people): the form itself stays at intake.
 */
export class DossierRefusedAtDeskV1 {
  /** Form 03's id at intake. */
  @IsUUID() refusalId: string;
  /** Form 03's Số: TC-<yymmdd>-<sequence of the desk's day>. */
  @Matches(/^TC-\d{6}-\d{4,}$/) number: string;
  @IsString() receivingUnitCode: string;
  @IsString() procedureCode: string;
  @IsString() procedureName: string;
  /** The procedure's legal time, so statistics file the refusal with the procedure's other dossiers. */
  @NestedObject(() => TimeLimit) timeLimit: TimeLimit;
  /** Where it was handed in: refusals happen at a counter. */
  @IsIn(CHANNELS) channel: Channel;
  @IsInt() @Min(1) reasonCount: number;
  @IsString() staffId: string;
  @IsISO8601() refusedAt: string;
}

export const DossierRefusedAtDesk = defineEvent('intake.evt.dossier.refused-at-desk.v1', DossierRefusedAtDeskV1);
