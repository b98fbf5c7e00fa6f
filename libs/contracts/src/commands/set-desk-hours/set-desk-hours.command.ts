import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { CLOCK_TIME_PATTERN } from '../../values/schedule/schedule-values';
import type { UnitScheduleView } from '../../queries/unit-schedule/unit-schedule.query';

export class ClockWindow {
  @Matches(CLOCK_TIME_PATTERN, { message: 'phải là giờ dạng HH:MM' }) start: string;
  @Matches(CLOCK_TIME_PATTERN, { message: 'phải là giờ dạng HH:MM' }) end: string;
}

/** Regular desk hours of a unit, on legal working days (swap Saturdays included). */
export class SetDeskHoursBody {
  @IsString() @Length(1, 32) unitCode: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => ClockWindow) windows: ClockWindow[];
}

export class SetDeskHoursCommand extends CommandEnvelope {
  @NestedObject(() => SetDeskHoursBody) body: SetDeskHoursBody;
}

export const SetDeskHours = defineRpc<SetDeskHoursCommand, UnitScheduleView>('scheduling.cmd.set-desk-hours', SetDeskHoursCommand);
