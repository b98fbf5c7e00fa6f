import type { ServiceDefinition } from '@motcua/platform';
import { TimelineAndProgress1763700000600 } from './migrations/1763700000600-timeline-and-progress';
import { TrackingModule } from './tracking.module';

export const trackingService: ServiceDefinition = {
  service: 'tracking',
  schema: 'tracking',
  imports: [TrackingModule],
  migrations: [TimelineAndProgress1763700000600],
  defaultPort: 3106,
};
