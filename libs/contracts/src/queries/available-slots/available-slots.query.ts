import { IsString, Length } from 'class-validator';
import { defineRpc } from '../../core/contract';
import { IsIsoDay } from '../../values/schedule/schedule-values';

/** The public view of a unit's after-hours sessions on a day, with what is left in each slot. No login. */
export class AvailableSlotsQuery {
  @IsString() @Length(1, 32) unitCode: string;
  @IsIsoDay() date: string;
}

export interface AvailableSlotsView {
  unitCode: string;
  unitName: string;
  deskName: string;
  date: string;
  /** Whether the day counts for deadlines (a Saturday counter is open, but Saturday is not a working day). */
  workingDay: boolean;
  sessions: {
    sessionId: string;
    name: string;
    /** The procedure codes taken; null: the unit's same-day procedures. */
    eligibleProcedures: string[] | null;
    bookable: boolean;
    slots: { start: string; end: string; remaining: number }[];
  }[];
}

export const AvailableSlots = defineRpc<AvailableSlotsQuery, AvailableSlotsView>('scheduling.qry.available-slots', AvailableSlotsQuery);
