import { Injectable } from '@nestjs/common';
import { consumeOnce, type JetStreamContext } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import type { FactChange } from '../dossier-facts/fact-changes';
import { FactStore } from '../dossier-facts/fact-store';
import { ProgressStore } from '../progress/progress-store';
import type { ProgressFact } from './progress-fact';

/**
 * Records one event once (inbox): its timeline entry and status, and its change to the dossier's statistics fact with
 * the counters it moves, all in one transaction with the inbox claim.
 */
@Injectable()
export class RecordProgress {
  constructor(
    private readonly runner: TransactionRunner,
    private readonly store: ProgressStore,
    private readonly facts: FactStore,
  ) {}

  /** `fact` undefined: an event with nothing for a dossier's timeline (still claimed, so it is acked once). */
  async execute(ctx: JetStreamContext, fact: ProgressFact | undefined, change?: FactChange): Promise<void> {
    await consumeOnce(this.runner, ctx, async (uow) => {
      if (!fact) return;
      await this.store.apply(uow.manager, fact);
      if (change) await this.facts.apply(uow.manager, fact.dossierCode, change);
    });
  }
}
