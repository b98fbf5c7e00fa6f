import { DeliveryExportController } from './deliveries/delivery-export.controller';
import { DeliveryReportController } from './deliveries/delivery-report.controller';
import { CitizenPreferencesController } from './preferences/citizen-preferences.controller';
import { SetCitizenPreferencesController } from './preferences/set-citizen-preferences.controller';
import { CreateTemplateDraftController } from './templates/create-template-draft.controller';
import { PreviewTemplateController } from './templates/preview-template.controller';
import { PublishTemplateController } from './templates/publish-template.controller';
import { TemplateCatalogueController } from './templates/template-catalogue.controller';
import { SetUnitContactController } from './unit-contacts/set-unit-contact.controller';

/** The notification endpoints (issue 8): templates, citizens' wishes, units' duty contacts, the ledger for staff and auditors. */
export const NOTIFICATION_CONTROLLERS = [
  TemplateCatalogueController,
  PreviewTemplateController,
  CreateTemplateDraftController,
  PublishTemplateController,
  CitizenPreferencesController,
  SetCitizenPreferencesController,
  SetUnitContactController,
  DeliveryReportController,
  DeliveryExportController,
];
