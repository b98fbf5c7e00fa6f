import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { consumeOnce, type JetStreamContext } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { DeliveryDispatcher } from '../dispatch/delivery-dispatcher';
import { MessageRecorder, type Notice } from './message-recorder';

/**
 * The one way an event becomes messages: inbox claim, contacts and ledger rows in one transaction, then the
 * sending, only after the commit (a message must never leave for a row that could still roll back).
 */
@Injectable()
export class NoticeConsumer {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly recorder: MessageRecorder,
    private readonly dispatcher: DeliveryDispatcher,
  ) {}

  async consume(ctx: JetStreamContext, notices: (manager: EntityManager) => Promise<Notice[]>): Promise<void> {
    const recorded: string[] = [];
    await consumeOnce(this.runner, ctx, async (uow) => {
      for (const notice of await notices(uow.manager)) recorded.push(...(await this.recorder.record(uow.manager, notice)));
    });
    this.dispatcher.dispatchNow(recorded);
  }
}
