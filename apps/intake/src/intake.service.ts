import { LegalCalendarSource, type ServiceDefinition } from '@motcua/platform';
import { IntakeModule } from './intake.module';
import { Dossiers1763700000200 } from './migrations/1763700000200-dossiers';
import { OfficeOutcomes1763700000210 } from './migrations/1763700000210-office-outcomes';
import { ReferenceReplica } from './reference/reference-replica';

export const intakeService: ServiceDefinition = {
  service: 'intake',
  schema: 'intake',
  imports: [IntakeModule],
  migrations: [Dossiers1763700000200, OfficeOutcomes1763700000210],
  defaultPort: 3101,
  onStart: async (app) => {
    await app.get(ReferenceReplica).start();
    await app.get(LegalCalendarSource).start();
  },
};
