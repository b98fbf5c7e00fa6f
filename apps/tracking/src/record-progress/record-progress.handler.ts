import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  DossierDelayed,
  DossierHandedOver,
  DossierRefused,
  DossierWithdrawn,
  DossierSupplemented,
  MessageUndelivered,
  PaperDispatched,
  SupplementRequested,
  TransferAssigned,
  DossierReceived,
  DossierResolved,
  DossierRouted,
  ResultReady,
  ResultSentBack,
  TransferAcknowledged,
  TransferSent,
  type DossierDelayedV1,
  type DossierHandedOverV1,
  type DossierRefusedV1,
  type DossierWithdrawnV1,
  type DossierSupplementedV1,
  type MessageUndeliveredV1,
  type PaperDispatchedV1,
  type SupplementRequestedV1,
  type TransferAssignedV1,
  type DossierReceivedV1,
  type DossierResolvedV1,
  type DossierRoutedV1,
  type ResultReadyV1,
  type ResultSentBackV1,
  type TransferAcknowledgedV1,
  type TransferSentV1,
} from '@motcua/contracts';
import { JetStreamContext, OnEvent } from '@motcua/messaging';
import { eventChanges } from '../dossier-facts/event-changes';
import { progressFacts } from './progress-facts';
import { RecordProgress } from './record-progress';

/** Every step of a dossier, from any service, onto its timeline and its statistics (one durable consumer per event). */
@Controller()
export class RecordProgressHandler {
  constructor(private readonly record: RecordProgress) {}

  @OnEvent(DossierReceived)
  received(@Payload() e: DossierReceivedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.received(e), eventChanges.received(e));
  }

  @OnEvent(DossierRouted)
  routed(@Payload() e: DossierRoutedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.routed(e), eventChanges.routed(e));
  }

  @OnEvent(TransferSent)
  transferSent(@Payload() e: TransferSentV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.transferSent(e), eventChanges.transferSent(e));
  }

  @OnEvent(TransferAcknowledged)
  transferAcknowledged(@Payload() e: TransferAcknowledgedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.transferAcknowledged(e));
  }

  @OnEvent(DossierResolved)
  resolved(@Payload() e: DossierResolvedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.resolved(e), eventChanges.resolved(e));
  }

  @OnEvent(ResultSentBack)
  resultSentBack(@Payload() e: ResultSentBackV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.resultSentBack(e));
  }

  @OnEvent(ResultReady)
  resultReady(@Payload() e: ResultReadyV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.resultReady(e), eventChanges.resultReady(e));
  }

  @OnEvent(DossierHandedOver)
  handedOver(@Payload() e: DossierHandedOverV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.handedOver(e), eventChanges.handedOver(e));
  }

  @OnEvent(TransferAssigned)
  transferAssigned(@Payload() e: TransferAssignedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.transferAssigned(e));
  }

  @OnEvent(PaperDispatched)
  paperDispatched(@Payload() e: PaperDispatchedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.paperDispatched(e));
  }

  @OnEvent(SupplementRequested)
  supplementRequested(@Payload() e: SupplementRequestedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.supplementRequested(e), eventChanges.supplementRequested(e));
  }

  @OnEvent(DossierSupplemented)
  supplemented(@Payload() e: DossierSupplementedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.supplemented(e), eventChanges.supplemented(e));
  }

  @OnEvent(DossierDelayed)
  delayed(@Payload() e: DossierDelayedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.delayed(e), eventChanges.delayed(e));
  }

  @OnEvent(DossierRefused)
  refused(@Payload() e: DossierRefusedV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.refused(e), eventChanges.refused(e));
  }

  @OnEvent(DossierWithdrawn)
  withdrawn(@Payload() e: DossierWithdrawnV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.withdrawn(e), eventChanges.withdrawn(e));
  }

  @OnEvent(MessageUndelivered)
  messageUndelivered(@Payload() e: MessageUndeliveredV1, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.record.execute(ctx, progressFacts.messageUndelivered(e));
  }
}
