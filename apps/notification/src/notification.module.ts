import { SERVICE_ENV } from '@motcua/platform';
import { Module } from '@nestjs/common';
import { DeliveriesHandler } from './deliveries/deliveries.handler';
import { DeliveryDispatcher } from './dispatch/delivery-dispatcher';
import { DISPATCH_SETTINGS, dispatchSettingsFromEnv } from './dispatch/dispatch-settings';
import { DeliveryLedger } from './ledger/delivery-ledger';
import { NotifyReceiptHandler } from './notify-receipt/notify-receipt.handler';
import { NotifyResultReadyHandler } from './notify-result-ready/notify-result-ready.handler';
import { LocalSinkProvider } from './providers/local-sink.provider';
import { NotificationProvider } from './providers/notification-provider';
import { RecipientStore } from './recipients/recipient-store';

@Module({
  controllers: [NotifyReceiptHandler, NotifyResultReadyHandler, DeliveriesHandler],
  providers: [
    RecipientStore,
    DeliveryLedger,
    DeliveryDispatcher,
    // The real SMS gateway / SMTP / Zalo adapters replace the sink here.
    { provide: NotificationProvider, useClass: LocalSinkProvider },
    { provide: DISPATCH_SETTINGS, useFactory: (env: NodeJS.ProcessEnv) => dispatchSettingsFromEnv(env), inject: [SERVICE_ENV] },
  ],
})
export class NotificationModule {}
