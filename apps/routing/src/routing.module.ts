import { Module } from '@nestjs/common';
import { ExportCatalogueHandler } from './catalogue/export-catalogue/export-catalogue.handler';
import { ImportCatalogueHandler } from './catalogue/import-catalogue/import-catalogue.handler';
import { ImportCatalogueUseCase } from './catalogue/import-catalogue/import-catalogue.use-case';
import { DeskCatalogueHandler } from './desk-catalogue/desk-catalogue.handler';
import { PublicCatalogueHandler } from './public-catalogue/public-catalogue.handler';
import { PublishReference } from './reference/publish-reference';
import { ReferenceRefresh } from './reference/reference-refresh';
import { ReferenceStore } from './reference/reference-store';
import { RouteDossierHandler } from './route-dossier/route-dossier.handler';
import { ExportUnitsHandler } from './units/export-units/export-units.handler';
import { ImportUnitsHandler } from './units/import-units/import-units.handler';
import { ImportUnitsUseCase } from './units/import-units/import-units.use-case';
import { ResolveUnitHandler } from './units/resolve-unit/resolve-unit.handler';

@Module({
  controllers: [
    RouteDossierHandler,
    PublicCatalogueHandler,
    DeskCatalogueHandler,
    ImportCatalogueHandler,
    ExportCatalogueHandler,
    ImportUnitsHandler,
    ExportUnitsHandler,
    ResolveUnitHandler,
  ],
  providers: [ReferenceStore, PublishReference, ReferenceRefresh, ImportCatalogueUseCase, ImportUnitsUseCase],
})
export class RoutingModule {}
