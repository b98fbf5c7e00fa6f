import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

interface Correlation {
  correlationId: string;
}

const storage = new AsyncLocalStorage<Correlation>();

/** Runs `work` with a correlation id that logs, outbox rows and outgoing requests pick up on their own. */
export function runWithCorrelation<T>(correlationId: string | undefined, work: () => T): T {
  return storage.run({ correlationId: correlationId || randomUUID() }, work);
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}
