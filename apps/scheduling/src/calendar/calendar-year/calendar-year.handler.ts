import { Controller } from '@nestjs/common';
import { CalendarYear, type CalendarYearQuery, type CalendarYearView } from '@motcua/contracts';
import { OnRpc } from '@motcua/messaging';
import { calendarYearView } from '../calendar-year-view';
import { OfficialYearsStore } from '../official-years.store';
import { SchedulingCalendar } from '../scheduling-calendar';

/** Any staff member may read the calendar a deadline is counted on: official days, or projected ones to confirm. */
@Controller()
export class CalendarYearHandler {
  constructor(
    private readonly calendars: SchedulingCalendar,
    private readonly years: OfficialYearsStore,
  ) {}

  @OnRpc(CalendarYear)
  async handle(query: CalendarYearQuery): Promise<CalendarYearView> {
    const calendar = await this.calendars.forProvince(query.provinceCode);
    return calendarYearView(calendar, query.year, await this.years.all(), query.provinceCode ?? null);
  }
}
