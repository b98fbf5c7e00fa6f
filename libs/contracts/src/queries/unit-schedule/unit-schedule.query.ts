import { IsOptional, IsString, Length } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';
import { IsIsoDay } from '../../values/schedule/schedule-values';
import type { SessionRecord, ThemeDayKind, ThemeDayRecord } from '../../reference/unit-schedules/unit-schedules';

export class UnitScheduleQuery extends StaffQueryEnvelope {
  /** The actor's unit when absent. */
  @IsOptional() @IsString() @Length(1, 32) unitCode?: string;
  /** First and last day of the day-by-day view (today and 13 days on when absent; at most 62 days). */
  @IsOptional() @IsIsoDay() from?: string;
  @IsOptional() @IsIsoDay() to?: string;
}

/** One day of a unit: the legal calendar (for deadlines) beside what is open (desk, sessions, themes). */
export interface OpeningDayView {
  date: string;
  workingDay: boolean;
  dayKind: string;
  dayName: string | null;
  deskWindows: { start: string; end: string }[];
  sessions: { sessionId: string; name: string; startsAt: string; endsAt: string }[];
  themes: { theme: ThemeDayKind; procedures: string[] | null }[];
}

export interface UnitScheduleView {
  unitCode: string;
  unitName: string;
  deskHours: { windows: { start: string; end: string }[] };
  sessions: SessionRecord[];
  themeDays: ThemeDayRecord[];
  days: OpeningDayView[];
}

export const UnitSchedule = defineRpc<UnitScheduleQuery, UnitScheduleView>('scheduling.qry.unit-schedule', UnitScheduleQuery);
