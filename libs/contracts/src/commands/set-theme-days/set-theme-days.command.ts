import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { IsIsoDay, WEEKDAYS, type Weekday } from '../../values/schedule/schedule-values';
import { THEME_DAY_KINDS, type ThemeDayKind } from '../../reference/unit-schedules/unit-schedules';
import type { UnitScheduleView } from '../../queries/unit-schedule/unit-schedule.query';

export class ThemeDayInput {
  @IsIn(THEME_DAY_KINDS) theme: ThemeDayKind;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5) @IsIn(WEEKDAYS, { each: true }) weekdays: Weekday[];
  @IsIsoDay() validFrom: string;
  @IsOptional() @IsIsoDay() validTo?: string;
  /** The procedures it applies to; all the unit receives when absent. */
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsString({ each: true }) @Length(1, 64, { each: true }) procedures?: string[];
}

/** A unit's theme days (no-appointment, no-writing, online paperless), replacing the current list. */
export class SetThemeDaysBody {
  @IsString() @Length(1, 32) unitCode: string;
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ThemeDayInput) themeDays: ThemeDayInput[];
}

export class SetThemeDaysCommand extends CommandEnvelope {
  @NestedObject(() => SetThemeDaysBody) body: SetThemeDaysBody;
}

export const SetThemeDays = defineRpc<SetThemeDaysCommand, UnitScheduleView>('scheduling.cmd.set-theme-days', SetThemeDaysCommand);
