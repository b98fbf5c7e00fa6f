import { Module } from '@nestjs/common';
import { LegalCalendarSource } from '@motcua/platform';
import { AfterHoursReception } from './after-hours/after-hours-reception';
import { OnDossierDelayedHandler } from './delay/on-dossier-delayed.handler';
import { DeskInboxHandler } from './desk-inbox/desk-inbox.handler';
import { DeskFormsHandler } from './desk-forms/desk-forms.handler';
import { DeskFormRepository } from './desk-forms/desk-form-repository';
import { DossierRepository } from './dossiers/dossier-repository';
import { GetDossierHandler } from './get-dossier/get-dossier.handler';
import { HandOverResultHandler } from './hand-over-result/hand-over-result.handler';
import { HandOverResultUseCase } from './hand-over-result/hand-over-result.use-case';
import { InstantResolution } from './no-appointment/instant-resolution';
import { ReferenceReplica } from './reference/reference-replica';
import { RefuseAtDeskHandler } from './refuse-at-desk/refuse-at-desk.handler';
import { RefuseAtDeskUseCase } from './refuse-at-desk/refuse-at-desk.use-case';
import { RegisterApplicantsHandler } from './register-entries/register-applicants.handler';
import { OnResultSentBackHandler } from './result-returned/on-result-sent-back.handler';
import { SubmitBundleHandler } from './submit-bundle/submit-bundle.handler';
import { SubmitBundleUseCase } from './submit-bundle/submit-bundle.use-case';
import { SubmitDossierHandler } from './submit-dossier/submit-dossier.handler';
import { OnSupplementRequestedHandler } from './supplement/on-supplement-requested.handler';
import { RecordSupplementHandler } from './supplement/record-supplement.handler';
import { RecordSupplementUseCase } from './supplement/record-supplement.use-case';
import { SubmitDossierUseCase } from './submit-dossier/submit-dossier.use-case';
import { WithdrawDossierHandler } from './withdraw-dossier/withdraw-dossier.handler';
import { WithdrawDossierUseCase } from './withdraw-dossier/withdraw-dossier.use-case';

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
    DeskFormsHandler,
    RefuseAtDeskHandler,
    WithdrawDossierHandler,
    SubmitBundleHandler,
  ],
  providers: [AfterHoursReception, LegalCalendarSource, ReferenceReplica, DossierRepository, DeskFormRepository, SubmitDossierUseCase, HandOverResultUseCase, RecordSupplementUseCase, RefuseAtDeskUseCase, WithdrawDossierUseCase, InstantResolution, SubmitBundleUseCase],
})
export class IntakeModule {}
