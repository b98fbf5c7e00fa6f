import type { ServiceDefinition } from '@motcua/platform';
import { TransactionRunner } from '@motcua/persistence';
import { ReferenceAndRoutes1763700000100 } from './migrations/1763700000100-reference-and-routes';
import { CatalogueAndUnitTree1763700000110 } from './migrations/1763700000110-catalogue-and-unit-tree';
import { UnitDeskPhone1763700000120 } from './migrations/1763700000120-unit-desk-phone';
import { PublishReference } from './reference/publish-reference';
import { ReferenceRefresh } from './reference/reference-refresh';
import { ReferenceStore } from './reference/reference-store';
import { RoutingModule } from './routing.module';
import { SAMPLE_BUNDLES } from './seed/sample-bundles';
import { SAMPLE_PROCEDURES } from './seed/sample-procedures';
import { SAMPLE_ALIASES, SAMPLE_UNITS } from './seed/sample-units';

export const routingService: ServiceDefinition = {
  service: 'routing',
  schema: 'routing',
  imports: [RoutingModule],
  migrations: [ReferenceAndRoutes1763700000100, CatalogueAndUnitTree1763700000110, UnitDeskPhone1763700000120],
  defaultPort: 3102,
  onStart: async (app, _dataSource, env) => {
    if (env.SEED_DEMO === '1') {
      // The demo seed is authoritative for its own keys: a restart brings older demo rows up to date.
      const store = app.get(ReferenceStore);
      await app.get(TransactionRunner).run(async ({ manager }) => {
        await store.lockForWrite(manager);
        await store.upsertUnits(SAMPLE_UNITS, manager);
        await store.upsertAliases(SAMPLE_ALIASES, manager);
        await store.upsertProcedures(SAMPLE_PROCEDURES, manager);
        await store.upsertBundles(SAMPLE_BUNDLES, manager);
      });
    }
    await app.get(PublishReference).execute();
    app.get(ReferenceRefresh).start();
  },
};
