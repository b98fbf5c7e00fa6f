import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  DossierHandedOver,
  DossierReceived,
  DossierResolved,
  DossierRouted,
  ResultReady,
  ResultSentBack,
  TransferAcknowledged,
  TransferSent,
  type DossierHandedOverV1,
  type DossierReceivedV1,
  type DossierResolvedV1,
  type DossierRoutedV1,
  type ResultReadyV1,
  type ResultSentBackV1,
  type TransferAcknowledgedV1,
  type TransferSentV1,
} from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { progressFacts } from './progress-facts';
import { RecordProgress } from './record-progress';

/** Every step of a dossier, from any service, onto its timeline (one durable consumer per event). */
@Controller()
export class RecordProgressHandler {
  constructor(private readonly record: RecordProgress) {}

  @OnEvent(DossierReceived)
  received(@Payload() e: DossierReceivedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.received(e));
  }

  @OnEvent(DossierRouted)
  routed(@Payload() e: DossierRoutedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.routed(e));
  }

  @OnEvent(TransferSent)
  transferSent(@Payload() e: TransferSentV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.transferSent(e));
  }

  @OnEvent(TransferAcknowledged)
  transferAcknowledged(@Payload() e: TransferAcknowledgedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.transferAcknowledged(e));
  }

  @OnEvent(DossierResolved)
  resolved(@Payload() e: DossierResolvedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.resolved(e));
  }

  @OnEvent(ResultSentBack)
  resultSentBack(@Payload() e: ResultSentBackV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.resultSentBack(e));
  }

  @OnEvent(ResultReady)
  resultReady(@Payload() e: ResultReadyV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.resultReady(e));
  }

  @OnEvent(DossierHandedOver)
  handedOver(@Payload() e: DossierHandedOverV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.handedOver(e));
  }
}
