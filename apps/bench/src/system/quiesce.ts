import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { sleep } from './actors';

/** Messages not yet acknowledged by the system's durable consumers (pending + in flight), summed. */
export async function consumerBacklog(nc: NatsConnection, prefix: string): Promise<number> {
  const jsm = await jetstreamManager(nc, { timeout: 5000 });
  let total = 0;
  for await (const name of jsm.streams.names()) {
    if (!name.startsWith(`${prefix.toUpperCase()}_`) || !name.endsWith('_EVENTS')) continue;
    for await (const c of jsm.consumers.list(name)) total += c.num_pending + c.num_ack_pending;
  }
  return total;
}

/**
 * Waits until every durable consumer of the system has caught up (or `timeoutMs`), so that one phase's backlog does
 * not slow the next. Returns how long it took, or undefined if it did not catch up in time.
 */
export async function waitUntilCaughtUp(nc: NatsConnection, prefix: string, timeoutMs: number, progress?: (t: string) => void): Promise<{ ms?: number; left: number }> {
  const t0 = performance.now();
  let left = Infinity;
  while (performance.now() - t0 < timeoutMs) {
    left = await consumerBacklog(nc, prefix).catch(() => Infinity);
    if (left === 0) return { ms: Math.round(performance.now() - t0), left: 0 };
    progress?.(`consumers catching up: ${Number.isFinite(left) ? left : '?'} messages to go`);
    await sleep(500);
  }
  return { left };
}
