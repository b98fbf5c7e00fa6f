import { Module } from '@nestjs/common';
import { DossierTimelineHandler } from './dossier-timeline/dossier-timeline.handler';
import { ProgressStore } from './progress/progress-store';
import { PublicStatusHandler } from './public-status/public-status.handler';
import { RecordProgress } from './record-progress/record-progress';
import { RecordProgressHandler } from './record-progress/record-progress.handler';

@Module({
  controllers: [RecordProgressHandler, DossierTimelineHandler, PublicStatusHandler],
  providers: [ProgressStore, RecordProgress],
})
export class TrackingModule {}
