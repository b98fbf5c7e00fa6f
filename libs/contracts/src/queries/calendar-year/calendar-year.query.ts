import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { StaffQueryEnvelope } from '../../core/envelopes';

export class CalendarYearQuery extends StaffQueryEnvelope {
  @IsInt() @Min(1990) @Max(2199) year: number;
  /** A province code: its own days on top of the national calendar. */
  @IsOptional() @IsString() @Length(1, 32) provinceCode?: string;
}

export interface CalendarDayView {
  date: string;
  kind: 'holiday' | 'compensatory' | 'official-day-off' | 'provincial-day-off' | 'swap-workday';
  name: string;
}

/** A year of the legal working-day calendar: every day off other than weekends, and every weekend day worked. */
export interface CalendarYearView {
  year: number;
  provinceCode: string | null;
  /** 'official': entered from the yearly notice; 'projected': computed from the rules (lunar Tết, Hùng Kings), to confirm. */
  basis: 'official' | 'projected';
  source: string;
  days: CalendarDayView[];
  workingDays: number;
}

export const CalendarYear = defineRpc<CalendarYearQuery, CalendarYearView>('scheduling.qry.calendar-year', CalendarYearQuery);
