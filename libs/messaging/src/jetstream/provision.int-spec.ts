import { AckPolicy, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { cleanupNatsPrefix, randomPrefix, resolveNats } from '@motcua/testing';
import { naming } from '../config/naming';
import { ensureDurableConsumer, ensureEventStream } from './provision';

describe('durable consumer provisioning (real NATS)', () => {
  const prefix = randomPrefix();
  const config = { natsUrl: '', prefix, service: 'prov', storage: 'memory' as const, replicas: 1 };
  let nc: NatsConnection;
  let jsm: JetStreamManager;

  beforeAll(async () => {
    nc = await connect({ servers: (await resolveNats()).url });
    jsm = await jetstreamManager(nc);
  });
  afterAll(async () => {
    await cleanupNatsPrefix(nc, prefix);
    await nc.drain();
  });

  it('creates consumers without a server-side delivery limit', async () => {
    const stream = await ensureEventStream(jsm, config, 'prov');
    await ensureDurableConsumer(jsm, stream, 'fresh', naming.subject(prefix, 'prov.evt.a.b.v1'), 5_000);
    expect((await jsm.consumers.info(stream, 'fresh')).config.max_deliver).toBe(-1);
  });

  it('lifts a max_deliver found on an existing consumer, which would park a message held through an outage', async () => {
    const stream = await ensureEventStream(jsm, config, 'prov');
    await jsm.consumers.add(stream, { durable_name: 'limited', ack_policy: AckPolicy.Explicit, filter_subject: naming.subject(prefix, 'prov.evt.c.d.v1'), max_deliver: 5 });
    await ensureDurableConsumer(jsm, stream, 'limited', naming.subject(prefix, 'prov.evt.c.d.v1'), 5_000);
    expect((await jsm.consumers.info(stream, 'limited')).config.max_deliver).toBe(-1);
  });
});
