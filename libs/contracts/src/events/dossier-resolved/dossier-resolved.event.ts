import { IsIn, IsISO8601, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '../../core/contract';

export const TIMELINESS = ['early', 'on-time', 'late'] as const;
export type Timeliness = (typeof TIMELINESS)[number];

export class DossierResolvedV1 {
  @IsUUID() transferId: string;
  @IsString() dossierCode: string;
  @IsString() unitCode: string;
  @IsString() staffId: string;
  @IsString() resultRef: string;
  @IsISO8601() resolvedAt: string;
  @IsIn(TIMELINESS) timeliness: Timeliness;
}

export const DossierResolved = defineEvent('relay.evt.dossier.resolved.v1', DossierResolvedV1);
