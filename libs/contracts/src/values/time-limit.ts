import { IsIn, IsInt, Min } from 'class-validator';

export const TIME_LIMIT_UNITS = ['working-days', 'days', 'hours', 'same-day'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/** A procedure's legal processing time and the unit it is counted in. */
export class TimeLimit {
  @IsInt() @Min(0) value: number;
  @IsIn(TIME_LIMIT_UNITS) unit: TimeLimitUnit;
}
