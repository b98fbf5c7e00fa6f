import { Module } from '@nestjs/common';
import { LegalCalendarSource } from '@motcua/platform';
import { CampaignStore } from './campaigns/campaign-store';
import { OutreachCoverageHandler } from './campaigns/outreach-coverage.handler';
import { CounterStore } from './counters/counter-store';
import { RecordDeskRefusalHandler } from './desk-refusals/record-desk-refusal.handler';
import { FactStore } from './dossier-facts/fact-store';
import { DossierTimelineHandler } from './dossier-timeline/dossier-timeline.handler';
import { BuildIndicators } from './indicators/build-indicators';
import { IndicatorsHandler } from './indicators/indicators.handler';
import { ProgressStore } from './progress/progress-store';
import { PublicStatusHandler } from './public-status/public-status.handler';
import { RateDossierUseCase } from './rating/rate-dossier';
import { RateDossierHandler } from './rating/rate-dossier.handler';
import { RecordProgress } from './record-progress/record-progress';
import { RecordProgressHandler } from './record-progress/record-progress.handler';
import { ReferenceReplica } from './reference/reference-replica';
import { BuildRegister } from './register/build-register';
import { RegisterHandler } from './register/register.handler';
import { RegisterStore } from './register/register-store';
import { BuildStatistics } from './statistics/build-statistics';
import { ReportScopes } from './statistics/report-scopes';
import { StatisticsHandler } from './statistics/statistics.handler';
import { StatisticsStore } from './statistics/statistics-store';

@Module({
  controllers: [
    RecordProgressHandler,
    RecordDeskRefusalHandler,
    DossierTimelineHandler,
    PublicStatusHandler,
    StatisticsHandler,
    IndicatorsHandler,
    RegisterHandler,
    RateDossierHandler,
    OutreachCoverageHandler,
  ],
  providers: [
    LegalCalendarSource,
    ReferenceReplica,
    ProgressStore,
    RecordProgress,
    CounterStore,
    FactStore,
    StatisticsStore,
    ReportScopes,
    BuildStatistics,
    BuildIndicators,
    RegisterStore,
    BuildRegister,
    RateDossierUseCase,
    CampaignStore,
  ],
})
export class TrackingModule {}
