import { IsOptional } from 'class-validator';
import { IsDay } from '@motcua/contracts';

/** The query of `GET /api/admin/units/:code` (the code is in the path): only the day, checked here. */
export class ResolveUnitDayQuery {
  /** Day YYYY-MM-DD (default today). */
  @IsOptional() @IsDay() on?: string;
}
