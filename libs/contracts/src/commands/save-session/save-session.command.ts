import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NestedObject } from '../../core/nested-object';
import { defineRpc } from '../../core/contract';
import { CommandEnvelope } from '../../core/envelopes';
import { CLOCK_TIME_PATTERN, IsIsoDay, WEEKDAYS, type Weekday } from '../../values/schedule/schedule-values';
import type { SessionRecord } from '../../reference/unit-schedules/unit-schedules';

export class RosterEntry {
  @IsString() @Length(1, 64) staffId: string;
  /** What the person does in the session, e.g. "tiếp nhận", "trả kết quả". */
  @IsString() @Length(1, 100) duty: string;
}

/** An after-hours session of a unit (Saturday, Sunday, holidays and Tết, weekday evenings), as a whole. */
export class SaveSessionBody {
  @IsString() @Length(1, 32) unitCode: string;
  @IsString() @Length(2, 120) name: string;
  @IsArray() @ArrayMaxSize(7) @IsIn(WEEKDAYS, { each: true }) weekdays: Weekday[];
  /** Also held on every legal day off: holidays, compensatory days, Tết. */
  @IsBoolean() onDaysOff: boolean;
  @Matches(CLOCK_TIME_PATTERN, { message: 'phải là giờ dạng HH:MM' }) start: string;
  @Matches(CLOCK_TIME_PATTERN, { message: 'phải là giờ dạng HH:MM' }) end: string;
  @IsIsoDay() validFrom: string;
  @IsOptional() @IsIsoDay() validTo?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(366) @IsIsoDay({ each: true }) closedOn?: string[];
  /** Procedure codes taken; absent: procedures the catalogue flags afterHoursEligible, else the same-day ones. */
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsString({ each: true }) @Length(1, 64, { each: true }) eligibleProcedures?: string[];
  @IsInt() @Min(5) @Max(240) slotMinutes: number;
  @IsInt() @Min(1) @Max(200) slotCapacity: number;
  @IsOptional() @IsInt() @Min(1) @Max(90) bookingWindowDays?: number;
  @IsOptional() @IsInt() @Min(1) @Max(10) perPersonDailyLimit?: number;
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RosterEntry) roster: RosterEntry[];
}

export class CreateSessionCommand extends CommandEnvelope {
  @NestedObject(() => SaveSessionBody) body: SaveSessionBody;
}

export class UpdateSessionCommand extends CommandEnvelope {
  @IsUUID() sessionId: string;
  @NestedObject(() => SaveSessionBody) body: SaveSessionBody;
}

export const CreateSession = defineRpc<CreateSessionCommand, SessionRecord>('scheduling.cmd.create-session', CreateSessionCommand);
export const UpdateSession = defineRpc<UpdateSessionCommand, SessionRecord>('scheduling.cmd.update-session', UpdateSessionCommand);
