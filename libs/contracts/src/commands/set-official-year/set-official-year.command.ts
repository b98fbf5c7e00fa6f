import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { IsIsoDay } from '../../values/schedule/schedule-values';
import type { CalendarYearView } from '../../queries/calendar-year/calendar-year.query';

export class NamedDayInput {
  @IsIsoDay() date: string;
  @IsString() @Length(1, 200) name: string;
}

/**
 * A year's official decisions as the notice states them: moving statutory holidays (Hùng Kings, 2 Sep's neighbour;
 * compensation is derived), days off as granted (the Tết days, bridge days) and weekend days worked (swap days).
 */
export class SetOfficialYearBody {
  /** The notice, e.g. "Thông báo 6150/TB-BNV". */
  @IsString() @Length(3, 300) source: string;
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => NamedDayInput) statutoryHolidays: NamedDayInput[];
  @IsArray() @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => NamedDayInput) extraDaysOff: NamedDayInput[];
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => NamedDayInput) swapWorkdays: NamedDayInput[];
}

export class SetOfficialYearCommand extends CommandEnvelope {
  @IsInt() @Min(1990) @Max(2199) year: number;
  @NestedObject(() => SetOfficialYearBody) body: SetOfficialYearBody;
}

export const SetOfficialYear = defineRpc<SetOfficialYearCommand, CalendarYearView>('scheduling.cmd.set-official-year', SetOfficialYearCommand);
