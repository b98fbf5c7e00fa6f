import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

const DEFAULT_PREFIX = 'motcua';

/**
 * Whether a stream belongs to `prefix`: streams are `${PREFIX}_…` (upper-case by convention), KV buckets are
 * streams `KV_${prefix}_…`, object stores `OBJ_${prefix}_…`. Case-insensitive.
 */
export function streamBelongsTo(stream: string, prefix: string): boolean {
  const s = stream.toLowerCase();
  const p = prefix.toLowerCase();
  return s.startsWith(`${p}_`) || s.startsWith(`kv_${p}_`) || s.startsWith(`obj_${p}_`);
}

/** Deletes every stream, KV bucket and object store of `prefix` (with their consumers). Returns the deleted names. */
export async function cleanupNatsPrefix(nc: NatsConnection, prefix: string, opts: { force?: boolean } = {}): Promise<string[]> {
  if (!/^[A-Za-z0-9-]+$/.test(prefix)) throw new Error(`refusing to clean up an unusual prefix: ${JSON.stringify(prefix)}`);
  if (prefix.toLowerCase() === DEFAULT_PREFIX && !opts.force) {
    throw new Error(`refusing to delete the streams of the default prefix '${DEFAULT_PREFIX}' (the running system's) without { force: true }`);
  }
  const jsm = await jetstreamManager(nc);
  const names: string[] = [];
  for await (const name of jsm.streams.names()) {
    if (streamBelongsTo(name, prefix)) names.push(name);
  }
  for (const name of names) {
    await jsm.streams.delete(name).catch((err: unknown) => {
      if (!/not found/i.test(String(err))) throw err;
    });
  }
  return names;
}
