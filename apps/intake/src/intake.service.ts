import { LegalCalendarSource, type ServiceDefinition } from '@motcua/platform';
import { IntakeModule } from './intake.module';
import { Dossiers1763700000200 } from './migrations/1763700000200-dossiers';
import { ReferenceReplica } from './reference/reference-replica';

export const intakeService: ServiceDefinition = {
  service: 'intake',
  schema: 'intake',
  imports: [IntakeModule],
  migrations: [Dossiers1763700000200],
  defaultPort: 3101,
  onStart: async (app) => {
    await app.get(ReferenceReplica).start();
    await app.get(LegalCalendarSource).start();
  },
};
