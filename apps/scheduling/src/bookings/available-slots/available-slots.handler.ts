import { Controller } from '@nestjs/common';
import { AvailableSlots, type AvailableSlotsQuery, type AvailableSlotsView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { addDays, occurrenceOn, slotsOf, vietnamDayOf, vietnamInstant } from '@motcua/working-days';
import { SchedulingCalendar } from '../../calendar/scheduling-calendar';
import { ReferenceReplica } from '../../reference/reference-replica';
import { UnitScheduleStore } from '../../schedules/unit-schedule.store';
import { BookingStore } from '../booking-store';

/** The public list of a unit's sessions on a day and the seats left in each slot (no login, no personal data). */
@Controller()
export class AvailableSlotsHandler {
  constructor(
    private readonly schedules: UnitScheduleStore,
    private readonly bookings: BookingStore,
    private readonly reference: ReferenceReplica,
    private readonly calendars: SchedulingCalendar,
  ) {}

  @OnRpc(AvailableSlots)
  async handle({ unitCode, date }: AvailableSlotsQuery): Promise<AvailableSlotsView> {
    const unit = this.reference.requireUnit(unitCode);
    const calendar = await this.calendars.forProvince(this.reference.provinceOf(unitCode));
    const { sessions } = await this.schedules.load(unitCode);
    const now = new Date();
    const held = sessions.map((s) => ({ session: s, occurrence: occurrenceOn(s, date, calendar) })).filter((h) => h.occurrence);
    const taken = await this.bookings.seatsTaken(held.map((h) => h.session.id), vietnamInstant(date), vietnamInstant(addDays(date, 1)));
    return {
      unitCode,
      unitName: unit.name,
      deskName: unit.deskName,
      date,
      workingDay: calendar.isWorkingDay(date),
      sessions: held.map(({ session, occurrence }) => {
        const inWindow = date <= addDays(vietnamDayOf(now), session.bookingWindowDays);
        const slots = slotsOf(session, occurrence!).map((slot) => ({
          start: slot.start.toISOString(),
          end: slot.end.toISOString(),
          remaining: Math.max(0, session.slotCapacity - (taken.get(`${session.id}@${slot.start.getTime()}`) ?? 0)),
          open: slot.start.getTime() > now.getTime(),
        }));
        return {
          sessionId: session.id,
          name: session.name,
          eligibleProcedures: session.eligibleProcedures,
          bookable: inWindow && slots.some((s) => s.open && s.remaining > 0),
          slots: slots.map(({ start, end, remaining, open }) => ({ start, end, remaining: open && inWindow ? remaining : 0 })),
        };
      }),
    };
  }
}
