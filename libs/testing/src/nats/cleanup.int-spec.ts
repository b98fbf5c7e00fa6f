import { jetstreamManager, StorageType } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { natsServers } from '../infrastructure/probe-nats';
import { resolveNats } from '../infrastructure/resolve';
import { cleanupNatsPrefix } from './cleanup';
import { randomPrefix } from './prefix';

describe('cleanupNatsPrefix', () => {
  let nc: NatsConnection;
  const mine = randomPrefix();
  const theirs = randomPrefix();

  beforeAll(async () => {
    nc = await connect({ servers: natsServers((await resolveNats()).url) });
  });

  afterAll(async () => {
    await cleanupNatsPrefix(nc, theirs);
    await nc.close();
  });

  it("deletes the prefix's streams and KV buckets, and nothing else", async () => {
    const jsm = await jetstreamManager(nc);
    const stream = (p: string) => ({ name: `${p.toUpperCase()}_INTAKE_EVENTS`, subjects: [`${p}.intake.evt.>`], storage: StorageType.Memory });
    await jsm.streams.add(stream(mine));
    await jsm.streams.add(stream(theirs));
    await new Kvm(nc).create(`${mine}_catalogue`, { storage: StorageType.Memory });

    const deleted = await cleanupNatsPrefix(nc, mine);

    expect(deleted.sort()).toEqual([`${mine.toUpperCase()}_INTAKE_EVENTS`, `KV_${mine}_catalogue`].sort());
    const left: string[] = [];
    for await (const name of jsm.streams.names()) left.push(name);
    expect(left).toContain(`${theirs.toUpperCase()}_INTAKE_EVENTS`);
    expect(left.filter((n) => n.toLowerCase().includes(mine))).toEqual([]);
  });

  it("refuses the running system's default prefix", async () => {
    await expect(cleanupNatsPrefix(nc, 'motcua')).rejects.toThrow(/force/);
  });
});
