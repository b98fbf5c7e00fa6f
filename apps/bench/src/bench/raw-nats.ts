import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Latencies, type LatencySummary } from '../load/latencies';

export interface RawNatsResult {
  /** Acknowledged JetStream publishes per second (window of outstanding publishes, each with a Nats-Msg-Id). */
  publishPerSec: number;
  publishWindow: number;
  /** Messages per second through a durable pull consumer, each acknowledged (no handler work). */
  consumePerSec: number;
  /** One message at a time: publish → its ack → the consumer has it. */
  hopLatency: LatencySummary;
  /** Core NATS request/reply round trips per second (the gateway's command and query path, without a service). */
  requestReplyPerSec: number;
  replicas: number;
  messageBytes: number;
}

const BYTES = 700; // about a dossier.received event

/**
 * The JetStream ceiling on this server: a scratch stream with the services' settings (file storage, the same
 * replicas, a duplicate window), deleted afterwards. Publisher and consumer run in this process: on two cores
 * they share the CPU with nats-server, as the services do.
 */
export async function measureNats(opts: {
  natsUrl: string;
  prefix: string;
  replicas: number;
  seconds: number;
  onProgress?: (text: string) => void;
}): Promise<RawNatsResult> {
  const nc = await connect({ servers: opts.natsUrl.split(','), name: 'motcua-bench-raw' });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const stream = `${opts.prefix}_RAWBENCH`.toUpperCase();
  const subject = `${opts.prefix}.rawbench`;
  const payload = new Uint8Array(BYTES).fill(120);
  await jsm.streams.add({
    name: stream,
    subjects: [`${subject}.>`],
    storage: StorageType.File,
    num_replicas: opts.replicas,
    duplicate_window: 10 * 60 * 1e9,
  });
  try {
    // 1. publish rate
    const window = 256;
    let published = 0;
    let seq = 0;
    const end = performance.now() + opts.seconds * 1000;
    const t0 = performance.now();
    opts.onProgress?.('jetstream publish');
    await Promise.all(
      Array.from({ length: window }, async () => {
        while (performance.now() < end) {
          const id = `raw-${seq++}`;
          await js.publish(`${subject}.evt`, payload, { msgID: id });
          published++;
        }
      }),
    );
    const publishPerSec = published / ((performance.now() - t0) / 1000);

    // 2. consume rate: everything just published, acked one by one as the services do
    opts.onProgress?.('jetstream consume');
    await jsm.consumers.add(stream, { durable_name: 'raw', ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, filter_subject: `${subject}.evt`, max_ack_pending: 1000 });
    const consumer = await js.consumers.get(stream, 'raw');
    const messages = await consumer.consume({ max_messages: 256 });
    let consumed = 0;
    const c0 = performance.now();
    const deadline = c0 + Math.max(30_000, opts.seconds * 4000);
    const done = (async () => {
      for await (const m of messages) {
        m.ack();
        if (++consumed >= published) break;
      }
    })();
    const timer = setTimeout(() => messages.stop(), deadline - c0);
    await done;
    clearTimeout(timer);
    const consumePerSec = consumed / ((performance.now() - c0) / 1000);
    messages.stop();

    // 3. one hop, one message at a time
    opts.onProgress?.('jetstream hop latency');
    await jsm.consumers.add(stream, { durable_name: 'hop', ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.New, filter_subject: `${subject}.hop`, max_ack_pending: 1000 });
    const hopConsumer = await js.consumers.get(stream, 'hop');
    const hopMessages = await hopConsumer.consume({ max_messages: 16 });
    const hop = new Latencies();
    let waiting: ((t: number) => void) | undefined;
    const hopLoop = (async () => {
      for await (const m of hopMessages) {
        m.ack();
        waiting?.(performance.now());
      }
    })();
    const hopEnd = performance.now() + Math.min(opts.seconds, 3) * 1000;
    let n = 0;
    while (performance.now() < hopEnd && n < 2000) {
      const got = new Promise<number>((r) => (waiting = r));
      const start = performance.now();
      await js.publish(`${subject}.hop`, payload, { msgID: `hop-${n++}` });
      const t = await Promise.race([got, new Promise<number>((r) => setTimeout(() => r(NaN), 2000))]);
      if (!Number.isNaN(t)) hop.record(t - start);
    }
    hopMessages.stop();
    await hopLoop.catch(() => undefined);

    // 4. core request/reply
    opts.onProgress?.('nats request/reply');
    const requestReplyPerSec = await requestReply(nc, `${subject}.rpc`, Math.min(opts.seconds, 3));

    return { publishPerSec, publishWindow: window, consumePerSec, hopLatency: hop.summary(), requestReplyPerSec, replicas: opts.replicas, messageBytes: BYTES };
  } finally {
    await jsm.streams.delete(stream).catch(() => undefined);
    await nc.drain().catch(() => undefined);
  }
}

async function requestReply(nc: NatsConnection, subject: string, seconds: number): Promise<number> {
  const sub = nc.subscribe(subject, { queue: 'raw', callback: (_err, msg) => {
      msg.respond(msg.data);
    },
  });
  const body = new Uint8Array(300).fill(97);
  let n = 0;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (performance.now() < end) {
        await nc.request(subject, body, { timeout: 5000 });
        n++;
      }
    }),
  );
  sub.unsubscribe();
  return n / ((performance.now() - t0) / 1000);
}
