import { LegalCalendarSource, type ServiceDefinition } from '@motcua/platform';
import { TimelineAndProgress1763700000600 } from './migrations/1763700000600-timeline-and-progress';
import { Statistics1763700000610 } from './migrations/1763700000610-statistics';
import { DeskRefusals1763700000620 } from './migrations/1763700000620-desk-refusals';
import { CampaignNames1763700000630 } from './migrations/1763700000630-campaign-names';
import { ReferenceReplica } from './reference/reference-replica';
import { TrackingModule } from './tracking.module';

export const trackingService: ServiceDefinition = {
  service: 'tracking',
  schema: 'tracking',
  imports: [TrackingModule],
  migrations: [TimelineAndProgress1763700000600, Statistics1763700000610, DeskRefusals1763700000620, CampaignNames1763700000630],
  defaultPort: 3106,
  // Before consumers start: working days (resolution time, after-hours) and the unit tree (report scope).
  onStart: async (app) => {
    await app.get(LegalCalendarSource).start();
    await app.get(ReferenceReplica).start();
  },
};
