import { Injectable } from '@nestjs/common';
import { consumeOnce, type JetStreamContext } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { ProgressStore } from '../progress/progress-store';
import type { ProgressFact } from './progress-fact';

/** Records one event's fact once (inbox), in one transaction with its inbox claim. */
@Injectable()
export class RecordProgress {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: ProgressStore,
  ) {}

  async execute(ctx: JetStreamContext, fact: ProgressFact): Promise<void> {
    await consumeOnce(this.runner, ctx, (uow) => this.store.apply(uow.manager, fact));
  }
}
