import type { DataSource } from 'typeorm';
import { UnitOfWork } from './unit-of-work';

export interface TransactionRunnerOptions {
  /** Headers stamped on every outbox row (e.g. the correlation id of the request being served). */
  outboxHeaders?: () => Record<string, string>;
  /** Called after a transaction that wrote outbox rows commits: wakes the relay instead of waiting for its poll. */
  onOutboxCommitted?: () => void;
}

/** Runs use cases in one transaction each, carrying the outbox and the inbox. */
export class TransactionRunner {
  constructor(
    readonly dataSource: DataSource,
    readonly schema: string,
    private readonly options: TransactionRunnerOptions = {},
  ) {}

  async run<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    let uow: UnitOfWork | undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      uow = new UnitOfWork(manager, this.schema, this.options.outboxHeaders ?? (() => ({})));
      return work(uow);
    });
    if (uow && uow.publishedCount > 0) this.options.onOutboxCommitted?.();
    return result;
  }
}
