import { Module } from '@nestjs/common';
import { LegalCalendarSource } from '@motcua/platform';
import { DeskInboxHandler } from './desk-inbox/desk-inbox.handler';
import { DossierRepository } from './dossiers/dossier-repository';
import { GetDossierHandler } from './get-dossier/get-dossier.handler';
import { HandOverResultHandler } from './hand-over-result/hand-over-result.handler';
import { HandOverResultUseCase } from './hand-over-result/hand-over-result.use-case';
import { ReferenceReplica } from './reference/reference-replica';
import { OnResultSentBackHandler } from './result-returned/on-result-sent-back.handler';
import { SubmitDossierHandler } from './submit-dossier/submit-dossier.handler';
import { SubmitDossierUseCase } from './submit-dossier/submit-dossier.use-case';

@Module({
  controllers: [SubmitDossierHandler, HandOverResultHandler, DeskInboxHandler, GetDossierHandler, OnResultSentBackHandler],
  providers: [LegalCalendarSource, ReferenceReplica, DossierRepository, SubmitDossierUseCase, HandOverResultUseCase],
})
export class IntakeModule {}
