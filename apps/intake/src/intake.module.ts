import { Module } from '@nestjs/common';
import { LegalCalendarSource } from '@motcua/platform';
import { AfterHoursReception } from './after-hours/after-hours-reception';
import { OnDossierDelayedHandler } from './delay/on-dossier-delayed.handler';
import { DeskInboxHandler } from './desk-inbox/desk-inbox.handler';
import { DossierRepository } from './dossiers/dossier-repository';
import { GetDossierHandler } from './get-dossier/get-dossier.handler';
import { HandOverResultHandler } from './hand-over-result/hand-over-result.handler';
import { HandOverResultUseCase } from './hand-over-result/hand-over-result.use-case';
import { ReferenceReplica } from './reference/reference-replica';
import { RegisterApplicantsHandler } from './register-entries/register-applicants.handler';
import { OnResultSentBackHandler } from './result-returned/on-result-sent-back.handler';
import { SubmitDossierHandler } from './submit-dossier/submit-dossier.handler';
import { OnSupplementRequestedHandler } from './supplement/on-supplement-requested.handler';
import { RecordSupplementHandler } from './supplement/record-supplement.handler';
import { RecordSupplementUseCase } from './supplement/record-supplement.use-case';
import { SubmitDossierUseCase } from './submit-dossier/submit-dossier.use-case';

@Module({
  controllers: [
    SubmitDossierHandler,
    HandOverResultHandler,
    DeskInboxHandler,
    GetDossierHandler,
    OnResultSentBackHandler,
    OnSupplementRequestedHandler,
    RecordSupplementHandler,
    OnDossierDelayedHandler,
    RegisterApplicantsHandler,
  ],
  providers: [AfterHoursReception, LegalCalendarSource, ReferenceReplica, DossierRepository, SubmitDossierUseCase, HandOverResultUseCase, RecordSupplementUseCase],
})
export class IntakeModule {}
