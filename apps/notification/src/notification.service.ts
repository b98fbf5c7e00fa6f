import type { ServiceDefinition } from '@motcua/platform';
import { DeliveryDispatcher } from './dispatch/delivery-dispatcher';
import { RecipientsAndDeliveries1763700000500 } from './migrations/1763700000500-recipients-and-deliveries';
import { NotificationModule } from './notification.module';

export const notificationService: ServiceDefinition = {
  service: 'notification',
  schema: 'notification',
  imports: [NotificationModule],
  migrations: [RecipientsAndDeliveries1763700000500],
  defaultPort: 3105,
  // Before any event is consumed: send what an earlier run committed but did not get out (reconcile on restart).
  onStart: async (app) => {
    await app.get(DeliveryDispatcher).start();
  },
};
