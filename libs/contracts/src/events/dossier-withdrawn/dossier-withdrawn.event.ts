import { IsISO8601, IsString } from 'class-validator';
import { defineEvent } from '../../core/contract';

/** A dossier withdrawn at the citizen's request: processing ends (relay and tracking may consume it). */
export class DossierWithdrawnV1 {
  @IsString() dossierCode: string;
  @IsString() receivingUnitCode: string;
  @IsString() staffId: string;
  @IsISO8601() withdrawnAt: string;
}

export const DossierWithdrawn = defineEvent('intake.evt.dossier.withdrawn.v1', DossierWithdrawnV1);
