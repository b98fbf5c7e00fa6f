import { IsOptional, IsString, Length } from 'class-validator';
import { defineRpc } from '../../core/contract';
import type { TimeLimit } from '../../values/time-limit';

/** The public procedure catalogue: what a citizen reads before coming to the desk. No login. */
export class PublicCatalogueQuery {
  /** Words of the procedure's name or its code. */
  @IsOptional() @IsString() @Length(1, 100) search?: string;
  @IsOptional() @IsString() @Length(1, 100) field?: string;
  /** The unit whose desk the citizen would go to: only procedures it may receive. */
  @IsOptional() @IsString() @Length(1, 32) unitCode?: string;
}

export interface PublicProcedure {
  code: string;
  name: string;
  field: string;
  timeLimit: TimeLimit;
  documents: { name: string; form: 'original' | 'copy'; count: number }[];
  fees: { channel: string; amountVnd: number }[];
  /** Plain Vietnamese: where to submit (e.g. "Bộ phận Một cửa cấp xã"). */
  whereToSubmit: string;
}

export const PublicCatalogue = defineRpc<PublicCatalogueQuery, PublicProcedure[]>('routing.qry.public-catalogue', PublicCatalogueQuery);
