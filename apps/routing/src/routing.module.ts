import { Module } from '@nestjs/common';
import { PublishReference } from './reference/publish-reference';
import { ReferenceStore } from './reference/reference-store';
import { RouteDossierHandler } from './route-dossier/route-dossier.handler';

@Module({
  controllers: [RouteDossierHandler],
  providers: [ReferenceStore, PublishReference],
})
export class RoutingModule {}
