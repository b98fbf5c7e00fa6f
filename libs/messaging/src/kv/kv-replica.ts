import { Logger } from '@nestjs/common';
import { KvWatchInclude, type KV } from '@nats-io/kv';

/**
 * A local, always-current copy of a KV bucket, so a service keeps serving from reference data it does not own
 * while the owner is down. Reads never touch the network.
 */
export class KvReplica<T> {
  private readonly log = new Logger('KvReplica');
  private readonly values = new Map<string, T>();
  private stopWatch?: () => void;

  async start(kv: KV): Promise<void> {
    // Load what is there now, then follow updates; a value written in between arrives through the watch.
    const watcher = await kv.watch({ include: KvWatchInclude.UpdatesOnly });
    this.stopWatch = () => watcher.stop();
    for await (const key of await kv.keys()) {
      const entry = await kv.get(key);
      if (entry && entry.operation === 'PUT') this.values.set(key, entry.json<T>());
    }
    void (async () => {
      for await (const entry of watcher) {
        if (entry.operation === 'PUT') this.values.set(entry.key, entry.json<T>());
        else this.values.delete(entry.key);
      }
    })().catch((error) => this.log.error({ msg: 'replica watch ended', error: String(error) }));
  }

  get(key: string): T | undefined {
    return this.values.get(key);
  }

  get size(): number {
    return this.values.size;
  }

  stop(): void {
    this.stopWatch?.();
  }
}
