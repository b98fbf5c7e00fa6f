import { Controller } from '@nestjs/common';
import { UnitSchedule, type UnitScheduleQuery, type UnitScheduleView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { addDays, vietnamDayOf } from '@motcua/working-days';
import { SchedulingCalendar } from '../../calendar/scheduling-calendar';
import { ReferenceReplica } from '../../reference/reference-replica';
import { UnitScheduleStore } from '../unit-schedule.store';
import { unitScheduleView } from '../unit-schedule-view';

/** Any staff member reads a unit's opening hours, sessions with their rosters, theme days, day by day. */
@Controller()
export class UnitScheduleHandler {
  constructor(
    private readonly store: UnitScheduleStore,
    private readonly reference: ReferenceReplica,
    private readonly calendars: SchedulingCalendar,
  ) {}

  @OnRpc(UnitSchedule)
  async handle(query: UnitScheduleQuery): Promise<UnitScheduleView> {
    const unitCode = query.unitCode ?? query.actor.unitCode;
    const unit = this.reference.requireUnit(unitCode);
    const from = query.from ?? vietnamDayOf(new Date());
    const to = query.to ?? addDays(from, 13);
    const calendar = await this.calendars.forProvince(this.reference.provinceOf(unitCode));
    return unitScheduleView(await this.store.load(unitCode), unit.name, calendar, from, to);
  }
}
