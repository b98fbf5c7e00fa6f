import { LegalCalendarSource, type ServiceDefinition } from '@motcua/platform';
import { IntakeModule } from './intake.module';
import { Dossiers1763700000200 } from './migrations/1763700000200-dossiers';
import { OfficeOutcomes1763700000210 } from './migrations/1763700000210-office-outcomes';
import { DeskForms1763700000220 } from './migrations/1763700000220-desk-forms';
import { WithdrawalAndRecipient1763700000230 } from './migrations/1763700000230-withdrawal-and-recipient';
import { Channels1763700000240 } from './migrations/1763700000240-channels';
import { Fees1763700000250 } from './migrations/1763700000250-fees';
import { InstantResolution1763700000260 } from './migrations/1763700000260-instant-resolution';
import { Bundles1763700000270 } from './migrations/1763700000270-bundles';
import { DeskFormContact1763700000280 } from './migrations/1763700000280-desk-form-contact';
import { DossierSets1763700000290 } from './migrations/1763700000290-dossier-sets';
import { ReferenceReplica } from './reference/reference-replica';

export const intakeService: ServiceDefinition = {
  service: 'intake',
  schema: 'intake',
  imports: [IntakeModule],
  migrations: [Dossiers1763700000200, OfficeOutcomes1763700000210, DeskForms1763700000220, WithdrawalAndRecipient1763700000230, Channels1763700000240, Fees1763700000250, InstantResolution1763700000260, Bundles1763700000270, DeskFormContact1763700000280, DossierSets1763700000290],
  defaultPort: 3101,
  onStart: async (app) => {
    await app.get(ReferenceReplica).start();
    await app.get(LegalCalendarSource).start();
  },
};
