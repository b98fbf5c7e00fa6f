import { IsISO8601, IsString } from 'class-validator';
import { defineEvent } from '../../core/contract';

/** The citizen brought what was asked; the time limit restarts from zero with a new appointment. */
export class DossierSupplementedV1 {
  @IsString() dossierCode: string;
  @IsString() receivingUnitCode: string;
  @IsISO8601() supplementedAt: string;
  @IsISO8601() newAppointmentAt: string;
}

export const DossierSupplemented = defineEvent('intake.evt.dossier.supplemented.v1', DossierSupplementedV1);
