import 'reflect-metadata';
import { Kvm } from '@nats-io/kv';
import { DossierReceived, DossierRouted, procedureKey, unitKey, type DossierReceivedV1, type DossierRoutedV1, type ProcedureRecord, type UnitRecord } from '@motcua/contracts';
import { naming } from '@motcua/messaging';
import { routingService } from '../routing.service';
import { SAMPLE_PROCEDURES } from '../seed/sample-procedures';
import { SAMPLE_UNITS } from '../seed/sample-units';
import { drained, eventually, ServiceEnvironment } from '@motcua/service-testing';

const RECEIVED = DossierReceived.subject;
const ROUTED = DossierRouted.subject;

let sequence = 0;
/** A DossierReceived as intake's relay would publish it, for a fresh dossier code each time. */
function received(procedureCode: string, receivingUnitCode = '29972', overrides: Partial<DossierReceivedV1> = {}): DossierReceivedV1 {
  sequence += 1;
  return {
    dossierCode: `000.72.69.H20-261120-${String(sequence).padStart(4, '0')}`,
    procedureCode,
    procedureName: 'thủ tục',
    receivingUnitCode,
    channel: 'counter',
    resultDelivery: 'desk',
    receivedAt: '2026-11-20T02:00:00.000Z',
    appointmentAt: '2026-11-25T10:00:00.000Z',
    timeLimit: { value: 3, unit: 'working-days' },
    contact: { phone: '0912345678' },
    ...overrides,
  };
}

describe('routing', () => {
  const world = new ServiceEnvironment(routingService);

  beforeAll(async () => {
    await world.setUp();
    await world.start();
  });
  afterAll(() => world.tearDown());

  const routeOf = (dossierCode: string) => world.query('SELECT * FROM routing.routes WHERE dossier_code = $1', [dossierCode]);
  const routedEventsOf = async (dossierCode: string) =>
    (await world.outbox<DossierRoutedV1>(ROUTED)).filter((row) => row.payload.dossierCode === dossierCode);

  describe('reference data', () => {
    it('stores the seed units and procedures and publishes them to the reference KV bucket at start', async () => {
      expect(await world.count('SELECT 1 FROM routing.units')).toBe(SAMPLE_UNITS.length);
      expect(await world.count('SELECT 1 FROM routing.procedures')).toBe(SAMPLE_PROCEDURES.length);

      const kv = await new Kvm(world.nc).open(naming.bucket(world.prefix, 'reference'));
      const keys: string[] = [];
      for await (const key of await kv.keys()) keys.push(key);
      expect(keys.sort()).toEqual([...SAMPLE_UNITS.map((u) => unitKey(u.code)), ...SAMPLE_PROCEDURES.map((p) => procedureKey(p.code))].sort());

      const district = (await kv.get(unitKey('869')))!.json<UnitRecord>();
      expect(district).toEqual(SAMPLE_UNITS.find((u) => u.code === '869'));
      const commune = (await kv.get(unitKey('29972')))!.json<UnitRecord>();
      expect(commune).toMatchObject({ code: '29972', type: 'commune', parentCode: '869', agencyCode: '000.72.69.H20', validTo: null });
      const householdBusiness = (await kv.get(procedureKey('1.001612')))!.json<ProcedureRecord>();
      expect(householdBusiness).toEqual(SAMPLE_PROCEDURES.find((p) => p.code === '1.001612'));
    });

    it('does not duplicate the seed on a restart and publishes again', async () => {
      await world.stop();
      const kv = await new Kvm(world.nc).open(naming.bucket(world.prefix, 'reference'));
      await kv.delete(unitKey('869'));
      await world.start();
      expect(await world.count('SELECT 1 FROM routing.units')).toBe(SAMPLE_UNITS.length);
      expect(await world.count('SELECT 1 FROM routing.procedures')).toBe(SAMPLE_PROCEDURES.length);
      const entry = await kv.get(unitKey('869'));
      expect(entry?.operation).toBe('PUT');
      expect(entry!.json<UnitRecord>().name).toBe('Huyện Tân Hồng');
    });
  });

  describe('routing a received dossier', () => {
    it('relays a district procedure received at commune 29972 to district 869, with a forward and a return leg', async () => {
      const observer = await world.eventConsumer<DossierRoutedV1>(ROUTED);
      try {
        const event = received('1.001612');
        await world.publish(DossierReceived, event, `intake-${event.dossierCode}`);

        const [route] = await eventually(() => routeOf(event.dossierCode), (rows) => rows.length === 1);
        expect(route).toMatchObject({
          procedure_code: '1.001612',
          receiving_unit_code: '29972',
          competent_unit_code: '869',
          mode: 'relay',
        });

        const expected: DossierRoutedV1 = {
          dossierCode: event.dossierCode,
          procedureCode: '1.001612',
          receivingUnitCode: '29972',
          competentUnitCode: '869',
          mode: 'relay',
          receivedAt: event.receivedAt,
          appointmentAt: event.appointmentAt,
          legs: [
            { fromUnitCode: '29972', toUnitCode: '869', direction: 'forward', budgetWorkingDays: 2 },
            { fromUnitCode: '869', toUnitCode: '29972', direction: 'return', budgetWorkingDays: 1 },
          ],
        };
        expect(route.legs).toEqual(expected.legs);
        const [outboxRow] = await routedEventsOf(event.dossierCode);
        expect(outboxRow.payload).toEqual(expected);

        // Published by the outbox relay on routing's stream, where relay's consumer will find it.
        const seen = await observer.next(10_000);
        expect(seen?.payload).toEqual(expected);
        expect(seen?.messageId).toBe(`routing-${outboxRow.id}`);
        await eventually(() => routedEventsOf(event.dossierCode), ([row]) => row.published_at !== null);
      } finally {
        await observer.close();
      }
    });

    it('keeps a commune procedure at the receiving unit (local route, one leg)', async () => {
      const event = received('1.004873');
      await world.publish(DossierReceived, event, `intake-${event.dossierCode}`);
      const [route] = await eventually(() => routeOf(event.dossierCode), (rows) => rows.length === 1);
      expect(route).toMatchObject({ competent_unit_code: '29972', mode: 'local' });
      const [row] = await eventually(() => routedEventsOf(event.dossierCode), (rows) => rows.length === 1);
      expect(row.payload).toMatchObject({ competentUnitCode: '29972', mode: 'local', receivingUnitCode: '29972' });
      expect(row.payload.legs).toEqual([{ fromUnitCode: '29972', toUnitCode: '29972', direction: 'forward', budgetWorkingDays: 3 }]);
    });

    it('relays from a town to its district as well (29954 → 869)', async () => {
      const event = received('1.003003', '29954');
      await world.publish(DossierReceived, event, `intake-${event.dossierCode}`);
      const [row] = await eventually(() => routedEventsOf(event.dossierCode), (rows) => rows.length === 1);
      expect(row.payload).toMatchObject({ competentUnitCode: '869', mode: 'relay' });
      expect(row.payload.legs.map((l) => l.budgetWorkingDays)).toEqual([19, 1]);
    });

    it('applies the same event delivered twice (same message id) once: one route row, one outbox row', async () => {
      const event = received('1.001612');
      const messageId = `intake-${event.dossierCode}`;
      const first = await world.publish(DossierReceived, event, messageId);
      // Inside JetStream's duplicate window the second publish is dropped by the stream…
      const second = await world.publish(DossierReceived, event, messageId);
      expect(first.duplicate).toBe(false);
      expect(second.duplicate).toBe(true);
      // …and past it (a replay, a republish after the window) the inbox drops it.
      const third = await world.redeliver(DossierReceived, event, messageId);
      expect(third.duplicate).toBe(false);

      await eventually(() => routeOf(event.dossierCode), (rows) => rows.length === 1);
      await drained(world, RECEIVED);
      expect(await routeOf(event.dossierCode)).toHaveLength(1);
      expect(await routedEventsOf(event.dossierCode)).toHaveLength(1);
      expect(await world.count('SELECT 1 FROM routing.inbox WHERE message_id = $1', [messageId])).toBe(1);
      expect(await world.deadLetters()).toEqual([]);
    });
  });

  describe('events it cannot route', () => {
    it('dead-letters a dossier of an unknown procedure after its retries, with the reason, and routes nothing', async () => {
      const event = received('9.999999');
      await world.publish(DossierReceived, event, `intake-${event.dossierCode}`);
      const letters = await eventually(() => world.deadLetters(), (list) => list.some((l) => l.messageId === `intake-${event.dossierCode}`));
      const letter = letters.find((l) => l.messageId === `intake-${event.dossierCode}`)!;
      expect(letter).toMatchObject({ subject: RECEIVED, deliveries: 3 });
      expect(letter.error).toContain('no procedure 9.999999');
      expect(await routeOf(event.dossierCode)).toEqual([]);
      expect(await routedEventsOf(event.dossierCode)).toEqual([]);
    });

    it('dead-letters a district procedure received where there is no district above (at the district itself)', async () => {
      const event = received('1.001612', '869');
      await world.publish(DossierReceived, event, `intake-${event.dossierCode}`);
      const letters = await eventually(() => world.deadLetters(), (list) => list.some((l) => l.messageId === `intake-${event.dossierCode}`));
      expect(letters.find((l) => l.messageId === `intake-${event.dossierCode}`)!.error).toContain('no district above');
      expect(await routeOf(event.dossierCode)).toEqual([]);
    });

    it('dead-letters an invalid payload at once, naming the fields, and keeps routing the next dossier', async () => {
      const bad = { ...received('1.001612'), receivedAt: 'yesterday', legs: 'x' } as unknown as DossierReceivedV1;
      await world.publish(DossierReceived, bad, 'intake-bad-payload');
      const letters = await eventually(() => world.deadLetters(), (list) => list.some((l) => l.messageId === 'intake-bad-payload'));
      const letter = letters.find((l) => l.messageId === 'intake-bad-payload')!;
      expect(letter.deliveries).toBe(1);
      expect(letter.error).toContain('invalid payload');
      expect(letter.error).toContain('receivedAt');
      expect(await routeOf(bad.dossierCode)).toEqual([]);

      const next = received('1.004873');
      await world.publish(DossierReceived, next, `intake-${next.dossierCode}`);
      await eventually(() => routeOf(next.dossierCode), (rows) => rows.length === 1);
    });
  });
});
