import type { ServiceDefinition } from '@motcua/platform';
import { VIETNAM_OFFICIAL_DAYS } from '@motcua/working-days';
import { BookingReminders } from './bookings/reminders/booking-reminders';
import { OfficialYearsStore } from './calendar/official-years.store';
import { OfficialYears1763700000400 } from './migrations/1763700000400-official-years';
import { OpeningHours1763700000410 } from './migrations/1763700000410-opening-hours';
import { Bookings1763700000420 } from './migrations/1763700000420-bookings';
import { Queue1763700000430 } from './migrations/1763700000430-queue';
import { Outreach1763700000440 } from './migrations/1763700000440-outreach';
import { ReferenceReplica } from './reference/reference-replica';
import { ReplicaPublisher } from './replication/replica-publisher';
import { SchedulingModule } from './scheduling.module';
import { SeedDemoSchedules } from './seed/seed-demo-schedules';

export const schedulingService: ServiceDefinition = {
  service: 'scheduling',
  schema: 'scheduling',
  imports: [SchedulingModule],
  migrations: [OfficialYears1763700000400, OpeningHours1763700000410, Bookings1763700000420, Queue1763700000430, Outreach1763700000440],
  defaultPort: 3104,
  onStart: async (app, _dataSource, env) => {
    // The shipped official days are the starting data; province administrators amend them through the API.
    await app.get(OfficialYearsStore).addMissing(VIETNAM_OFFICIAL_DAYS);
    if (env.SEED_DEMO === '1') await app.get(SeedDemoSchedules).execute();
    await app.get(ReferenceReplica).start();
    const publisher = app.get(ReplicaPublisher);
    await publisher.publishAll();
    publisher.startPeriodic();
    app.get(BookingReminders).start();
  },
};
