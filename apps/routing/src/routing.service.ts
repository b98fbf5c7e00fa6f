import type { ServiceDefinition } from '@motcua/platform';
import { ReferenceAndRoutes1763700000100 } from './migrations/1763700000100-reference-and-routes';
import { PublishReference } from './reference/publish-reference';
import { ReferenceStore } from './reference/reference-store';
import { RoutingModule } from './routing.module';
import { SAMPLE_PROCEDURES } from './seed/sample-procedures';
import { SAMPLE_UNITS } from './seed/sample-units';

export const routingService: ServiceDefinition = {
  service: 'routing',
  schema: 'routing',
  imports: [RoutingModule],
  migrations: [ReferenceAndRoutes1763700000100],
  defaultPort: 3102,
  onStart: async (app, _dataSource, env) => {
    if (env.SEED_DEMO === '1') {
      const store = app.get(ReferenceStore);
      await store.upsertUnits(SAMPLE_UNITS);
      await store.upsertProcedures(SAMPLE_PROCEDURES);
    }
    await app.get(PublishReference).execute();
  },
};
