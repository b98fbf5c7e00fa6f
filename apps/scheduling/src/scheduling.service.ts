import type { ServiceDefinition } from '@motcua/platform';
import { VIETNAM_OFFICIAL_DAYS } from '@motcua/working-days';
import { OfficialYearsStore } from './calendar/official-years.store';
import { PublishCalendar } from './calendar/publish-calendar';
import { OfficialYears1763700000400 } from './migrations/1763700000400-official-years';
import { SchedulingModule } from './scheduling.module';

export const schedulingService: ServiceDefinition = {
  service: 'scheduling',
  schema: 'scheduling',
  imports: [SchedulingModule],
  migrations: [OfficialYears1763700000400],
  defaultPort: 3104,
  onStart: async (app) => {
    // The shipped official days are the starting data; province administrators amend them (scheduling issue).
    await app.get(OfficialYearsStore).addMissing(VIETNAM_OFFICIAL_DAYS);
    await app.get(PublishCalendar).execute();
  },
};
