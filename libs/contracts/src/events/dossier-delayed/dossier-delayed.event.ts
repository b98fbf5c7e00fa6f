import { IsISO8601, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';

/** The office will be late: an apology with a new appointment (form 04), declared once, a working day ahead. */
export class DossierDelayedV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() unitCode: string;
  @IsString() receivingUnitCode: string;
  @IsString() staffId: string;
  @IsString() reason: string;
  @IsISO8601() previousAppointmentAt: string;
  @IsISO8601() newAppointmentAt: string;
  @IsISO8601() declaredAt: string;
}

export const DossierDelayed = defineEvent('relay.evt.dossier.delayed.v1', DossierDelayedV1);
