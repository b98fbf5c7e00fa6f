import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { IsIsoDay } from '../../values/schedule/schedule-values';
import { PROVINCIAL_DAY_KINDS, type ProvincialDayKind } from '../../reference/provincial-days/provincial-days';
import type { CalendarYearView } from '../../queries/calendar-year/calendar-year.query';

export class ProvinceDayInput {
  @IsIsoDay() date: string;
  @IsIn(PROVINCIAL_DAY_KINDS) kind: ProvincialDayKind;
  @IsString() @Length(1, 200) name: string;
}

/** The actor's province's own days for a year, replacing what was there for that year. */
export class SetProvinceDaysBody {
  @IsString() @Length(3, 300) source: string;
  @IsArray() @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => ProvinceDayInput) days: ProvinceDayInput[];
}

export class SetProvinceDaysCommand extends CommandEnvelope {
  @IsInt() @Min(1990) @Max(2199) year: number;
  @NestedObject(() => SetProvinceDaysBody) body: SetProvinceDaysBody;
}

export const SetProvinceDays = defineRpc<SetProvinceDaysCommand, CalendarYearView>('scheduling.cmd.set-province-days', SetProvinceDaysCommand);
