import { Module } from '@nestjs/common';
import { OfficialYearsStore } from './calendar/official-years.store';
import { PublishCalendar } from './calendar/publish-calendar';

@Module({ providers: [OfficialYearsStore, PublishCalendar] })
export class SchedulingModule {}
