import { SERVICE_ENV } from '@motcua/platform';
import { Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, systemClock, type Clock } from './clock/clock';
import { ContactStore } from './contacts/contact-store';
import { DeliveriesHandler } from './deliveries/deliveries.handler';
import { DeliveryReportHandler } from './deliveries/delivery-report/delivery-report.handler';
import { DeliveryDispatcher } from './dispatch/delivery-dispatcher';
import { DISPATCH_SETTINGS, dispatchSettingsFromEnv } from './dispatch/dispatch-settings';
import { UndeliveredReporter } from './dispatch/undelivered-reporter';
import { DeliveryLedger } from './ledger/delivery-ledger';
import { MessageRecorder } from './ledger/message-recorder';
import { NoticeConsumer } from './ledger/notice-consumer';
import { NotifyApologyHandler } from './notify-apology/notify-apology.handler';
import { NotifyBookingCancelledHandler } from './notify-booking-cancelled/notify-booking-cancelled.handler';
import { NotifyBookingConfirmedHandler } from './notify-booking-confirmed/notify-booking-confirmed.handler';
import { NotifyBookingReminderHandler } from './notify-booking-reminder/notify-booking-reminder.handler';
import { NotifyDeadlineAlertHandler } from './notify-deadline-alert/notify-deadline-alert.handler';
import { NotifyReceiptHandler } from './notify-receipt/notify-receipt.handler';
import { NotifyRefusalHandler } from './notify-refusal/notify-refusal.handler';
import { NotifyResultReadyHandler } from './notify-result-ready/notify-result-ready.handler';
import { NotifyResultReturnedHandler } from './notify-result-returned/notify-result-returned.handler';
import { NotifySupplementRequestHandler } from './notify-supplement-request/notify-supplement-request.handler';
import { CitizenPreferencesHandler } from './preferences/citizen-preferences/citizen-preferences.handler';
import { PreferenceStore } from './preferences/preference-store';
import { SetCitizenPreferencesHandler } from './preferences/set-citizen-preferences/set-citizen-preferences.handler';
import { SetCitizenPreferencesUseCase } from './preferences/set-citizen-preferences/set-citizen-preferences.use-case';
import { NotificationProvider } from './providers/notification-provider';
import { ProviderRouter } from './providers/provider-router';
import { ReferenceReplica } from './reference/reference-replica';
import { providerSettingsFromEnv } from './providers/provider-settings';
import { CreateTemplateDraftHandler } from './template-admin/create-template-draft/create-template-draft.handler';
import { CreateTemplateDraftUseCase } from './template-admin/create-template-draft/create-template-draft.use-case';
import { PreviewTemplateHandler } from './template-admin/preview-template/preview-template.handler';
import { PublishTemplateHandler } from './template-admin/publish-template/publish-template.handler';
import { PublishTemplateUseCase } from './template-admin/publish-template/publish-template.use-case';
import { TemplateCatalogueHandler } from './template-admin/template-catalogue/template-catalogue.handler';
import { TemplateStore } from './templates/template-store';
import { SetUnitContactHandler } from './unit-contacts/set-unit-contact/set-unit-contact.handler';
import { SetUnitContactUseCase } from './unit-contacts/set-unit-contact/set-unit-contact.use-case';

export interface NotificationOptions {
  /** Tests set the time (quiet hours); production uses the system clock. */
  clock?: Clock;
}

@Module({})
export class NotificationModule {
  static register(options: NotificationOptions = {}): DynamicModule {
    return {
      module: NotificationModule,
      controllers: [
        NotifyReceiptHandler,
        NotifyResultReadyHandler,
        NotifyResultReturnedHandler,
        NotifySupplementRequestHandler,
        NotifyRefusalHandler,
        NotifyApologyHandler,
        NotifyDeadlineAlertHandler,
        NotifyBookingConfirmedHandler,
        NotifyBookingReminderHandler,
        NotifyBookingCancelledHandler,
        DeliveriesHandler,
        DeliveryReportHandler,
        TemplateCatalogueHandler,
        PreviewTemplateHandler,
        CreateTemplateDraftHandler,
        PublishTemplateHandler,
        CitizenPreferencesHandler,
        SetCitizenPreferencesHandler,
        SetUnitContactHandler,
      ],
      providers: [
        ReferenceReplica,
        ContactStore,
        PreferenceStore,
        TemplateStore,
        DeliveryLedger,
        MessageRecorder,
        NoticeConsumer,
        DeliveryDispatcher,
        UndeliveredReporter,
        CreateTemplateDraftUseCase,
        PublishTemplateUseCase,
        SetCitizenPreferencesUseCase,
        SetUnitContactUseCase,
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        // Which provider carries SMS, Zalo and e-mail is configuration (NOTIFY_*_PROVIDER); the local sink by default.
        { provide: NotificationProvider, useFactory: (env: NodeJS.ProcessEnv) => new ProviderRouter(providerSettingsFromEnv(env), env), inject: [SERVICE_ENV] },
        { provide: DISPATCH_SETTINGS, useFactory: (env: NodeJS.ProcessEnv) => dispatchSettingsFromEnv(env), inject: [SERVICE_ENV] },
      ],
    };
  }
}
