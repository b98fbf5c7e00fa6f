import { ArrayMinSize, IsArray, IsISO8601, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';

/** The competent office refuses to settle the dossier, with its reasons (they reach the citizen in writing). */
export class DossierRefusedV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() unitCode: string;
  @IsString() staffId: string;
  @IsArray() @ArrayMinSize(1) @IsString({ each: true }) reasons: string[];
  @IsISO8601() refusedAt: string;
}

export const DossierRefused = defineEvent('relay.evt.dossier.refused.v1', DossierRefusedV1);
