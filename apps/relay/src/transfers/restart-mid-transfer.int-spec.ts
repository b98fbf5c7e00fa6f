import 'reflect-metadata';
import { DossierRouted, TransferSent } from '@motcua/contracts';
import { naming } from '@motcua/messaging';
import { eventually, ServiceEnvironment } from '@motcua/service-testing';
import { freePort, startServiceProcess } from '@motcua/testing';
import { messageIdOf, routed } from '../__tests__/relay-fixture';
import { relayService } from '../relay.service';

/**
 * A relay process killed (SIGKILL) in the middle of a transfer — after its transaction committed, before it
 * acknowledged the routed event — and started again: the dossier has exactly one transfer and one TransferSent.
 */
describe('relay: a restart in the middle of a transfer', () => {
  const world = new ServiceEnvironment(relayService);

  beforeAll(() => world.setUp());
  afterAll(() => world.tearDown());

  const startRelay = async (extra: Record<string, string>) => {
    const port = await freePort();
    const child = startServiceProcess('relay', { ...world.env({ PORT: String(port), ...extra }) }, { output: 'silent' });
    return child;
  };

  it('creates the transfer once and announces it once', async () => {
    const durable = naming.durable('relay', DossierRouted.subject);
    const doomed = await startRelay({ MOTCUA_FAULT: `after-commit-before-ack:${durable}`, NATS_ACK_WAIT_MS: '1500' });
    await doomed.waitReady();
    const event = routed();
    await world.publish(DossierRouted, event, messageIdOf(event));
    expect((await doomed.exited).signal).toBe('SIGKILL');
    expect(await world.count(`SELECT count(*) FROM relay.transfers WHERE dossier_code = $1`, [event.dossierCode])).toBe(1);

    // Relaunched with a short ack wait so the unacked event comes back quickly; the inbox makes it a no-op.
    const survivor = await startRelay({ RELAY_ALERT_SWEEP_MS: '0' });
    try {
      await survivor.waitReady();
      await eventually(() => world.consumerBacklog(DossierRouted.subject), (n) => n === 0, 60_000);
      await eventually(async () => (await world.outbox(TransferSent.subject)).every((row) => row.published_at !== null), (ok) => ok);
      expect(await world.count(`SELECT count(*) FROM relay.transfers WHERE dossier_code = $1`, [event.dossierCode])).toBe(1);
      const sent = (await world.streamEvents(TransferSent.subject)).filter((e) => e.payload.dossierCode === event.dossierCode);
      expect(sent).toHaveLength(1);
    } finally {
      await survivor.stop();
    }
  });
});
