import { Module, type Type } from '@nestjs/common';
import type { ServiceDefinition } from '@motcua/platform';
import { CLOCK, type Clock } from './clock/clock';
import { DeliveryDispatcher } from './dispatch/delivery-dispatcher';
import { RecipientsAndDeliveries1763700000500 } from './migrations/1763700000500-recipients-and-deliveries';
import { TemplatesConsentAndLedgerKeys1763700000510 } from './migrations/1763700000510-templates-consent-and-ledger-keys';
import { NotificationModule, type NotificationOptions } from './notification.module';
import { ReferenceReplica } from './reference/reference-replica';
import { TemplateStore } from './templates/template-store';

/** ServiceDefinition takes module classes: one wraps the module registered with these options. */
function rootModule(options: NotificationOptions): Type {
  @Module({ imports: [NotificationModule.register(options)] })
  class NotificationRootModule {}
  return NotificationRootModule;
}

export function createNotificationService(options: NotificationOptions = {}): ServiceDefinition {
  return {
    service: 'notification',
    schema: 'notification',
    imports: [rootModule(options)],
    migrations: [RecipientsAndDeliveries1763700000500, TemplatesConsentAndLedgerKeys1763700000510],
    defaultPort: 3105,
    onStart: async (app) => {
      // The unit tree (routing's KV replica): which province a unit is in, for the administrators' scope.
      await app.get(ReferenceReplica).start();
      // The built-in wording for any kind and channel without a version yet (never over an administrator's).
      await app.get(TemplateStore).seedDefaults(app.get<Clock>(CLOCK).now());
      // Before any event is consumed: send what an earlier run committed but did not get out (reconcile on restart).
      await app.get(DeliveryDispatcher).start();
    },
  };
}

export const notificationService: ServiceDefinition = createNotificationService();
