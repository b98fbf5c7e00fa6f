import 'reflect-metadata';
import { Kvm } from '@nats-io/kv';
import {
  bundleKey,
  DossierReceived,
  DossierRouted,
  inForce,
  procedureKey,
  unitAliasKey,
  unitKey,
  type DossierReceivedV1,
  type DossierRoutedV1,
  type ProcedureRecord,
  type UnitRecord,
} from '@motcua/contracts';
import { naming } from '@motcua/messaging';
import { drained, eventually, ServiceEnvironment } from '@motcua/service-testing';
import { vietnamDayOf } from '@motcua/working-days';
import { routingService } from '../routing.service';
import { SAMPLE_BUNDLES } from '../seed/sample-bundles';
import { SAMPLE_PROCEDURES } from '../seed/sample-procedures';
import { SAMPLE_ALIASES, SAMPLE_UNITS } from '../seed/sample-units';

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
  const today = vietnamDayOf(new Date());

  beforeAll(async () => {
    await world.setUp();
    await world.start();
  });
  afterAll(() => world.tearDown());

  const routeOf = (dossierCode: string) => world.query('SELECT * FROM routing.routes WHERE dossier_code = $1', [dossierCode]);
  const routedEventsOf = async (dossierCode: string) =>
    (await world.outbox<DossierRoutedV1>(ROUTED)).filter((row) => row.payload.dossierCode === dossierCode);
  const routedOnce = async (event: DossierReceivedV1) => {
    await world.publish(DossierReceived, event, `intake-${event.dossierCode}`);
    const [row] = await eventually(() => routedEventsOf(event.dossierCode), (rows) => rows.length === 1);
    return row.payload;
  };
  const reference = () => new Kvm(world.nc).open(naming.bucket(world.prefix, 'reference'));

  describe('reference data', () => {
    it('stores both structures and publishes, per code, the version in force today, the bundles and the aliases', async () => {
      expect(await world.count('SELECT 1 FROM routing.units')).toBe(SAMPLE_UNITS.length);
      expect(await world.count('SELECT 1 FROM routing.procedures')).toBe(SAMPLE_PROCEDURES.length);

      const kv = await reference();
      const keys: string[] = [];
      for await (const key of await kv.keys()) keys.push(key);
      const current = (list: { code: string; validFrom: string; validTo: string | null }[]) => [...new Set(list.filter((v) => v.validTo === null || v.validTo >= today).map((v) => v.code))];
      expect(keys.sort()).toEqual(
        [
          ...current(SAMPLE_UNITS).map(unitKey),
          ...current(SAMPLE_PROCEDURES).map(procedureKey),
          ...SAMPLE_BUNDLES.filter((b) => inForce(b, today)).map((b) => bundleKey(b.code)),
          ...SAMPLE_ALIASES.map((a) => unitAliasKey(a.code)),
        ].sort(),
      );
      // The three-tier units that ended on 30 Jun 2025 are gone; their codes resolve through aliases.
      expect(keys).not.toContain(unitKey('87'));
      expect((await kv.get(unitAliasKey('29969')))!.json()).toEqual({ code: '29969', successorCode: '29972', since: '2025-07-01', basis: expect.any(String) });

      const branch = (await kv.get(unitKey('869')))!.json<UnitRecord>();
      expect(branch).toMatchObject({ type: 'agency', parentCode: '82', name: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng', validFrom: '2025-07-01' });
      const commune = (await kv.get(unitKey('29972')))!.json<UnitRecord>();
      expect(commune).toMatchObject({ code: '29972', type: 'commune', parentCode: '82', agencyCode: '000.72.69.H20', validFrom: '2025-07-01', validTo: null });
      const householdBusiness = (await kv.get(procedureKey('1.001612')))!.json<ProcedureRecord>();
      expect(householdBusiness).toEqual(SAMPLE_PROCEDURES.find((p) => p.code === '1.001612' && p.validFrom === '2025-07-01'));
    });

    it('does not duplicate the seed on a restart and publishes again what went missing', async () => {
      await world.stop();
      const kv = await reference();
      await kv.delete(unitKey('869'));
      await world.start();
      expect(await world.count('SELECT 1 FROM routing.units')).toBe(SAMPLE_UNITS.length);
      expect(await world.count('SELECT 1 FROM routing.procedures')).toBe(SAMPLE_PROCEDURES.length);
      const entry = await kv.get(unitKey('869'));
      expect(entry?.operation).toBe('PUT');
      expect(entry!.json<UnitRecord>().name).toBe('Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng');
    });
  });

  describe('routing a received dossier on the reference data of its reception day', () => {
    it('relays household business received on 30 Jun 2025 to Tân Hồng district, with the total limit for the receipt', async () => {
      const event = received('1.001612', '29972', { receivedAt: '2025-06-30T09:00:00.000Z', appointmentAt: '2025-07-03T10:00:00.000Z' });
      const observer = await world.eventConsumer<DossierRoutedV1>(ROUTED);
      try {
        const payload = await routedOnce(event);
        const expected: DossierRoutedV1 = {
          dossierCode: event.dossierCode,
          procedureCode: '1.001612',
          receivingUnitCode: '29972',
          competentUnitCode: '869',
          mode: 'relay',
          receivedAt: event.receivedAt,
          appointmentAt: event.appointmentAt,
          legs: [
            {
              fromUnitCode: '29972',
              toUnitCode: '869',
              direction: 'forward',
              budgetWorkingDays: 2,
              steps: [
                { name: 'Tiếp nhận, số hóa và chuyển hồ sơ trong ngày', budgetWorkingDays: 0 },
                { name: 'Phòng Tài chính – Kế hoạch thẩm định, lãnh đạo phòng ký Giấy chứng nhận đăng ký hộ kinh doanh', budgetWorkingDays: 2 },
              ],
            },
            { fromUnitCode: '869', toUnitCode: '29972', direction: 'return', budgetWorkingDays: 1, steps: [{ name: 'Chuyển kết quả về nơi tiếp nhận, trả cho công dân', budgetWorkingDays: 1 }] },
          ],
          timeLimit: { value: 3, unit: 'working-days' },
          competentUnitName: 'Huyện Tân Hồng',
          competentOffice: { kind: 'economy', name: 'Phòng Tài chính – Kế hoạch huyện Tân Hồng' },
          headApprovalRequired: true,
          paperTransfer: true,
          provinceCode: '87',
        };
        expect(payload).toEqual(expected);
        const [route] = await routeOf(event.dossierCode);
        expect(route).toMatchObject({ competent_unit_code: '869', mode: 'relay', time_limit: { value: 3, unit: 'working-days' } });
        expect(vietnamDayOf(route.decided_on)).toBe('2025-06-30');

        // Published by the outbox relay on routing's stream, where relay's consumer will find it.
        const seen = await observer.next(10_000);
        expect(seen?.payload).toEqual(expected);
        const [outboxRow] = await routedEventsOf(event.dossierCode);
        expect(seen?.messageId).toBe(`routing-${outboxRow.id}`);
      } finally {
        await observer.close();
      }
    });

    it('keeps the same procedure at the commune when received on 1 Jul 2025 (00:30 Vietnam time)', async () => {
      const payload = await routedOnce(received('1.001612', '29972', { receivedAt: '2025-06-30T17:30:00.000Z' }));
      expect(payload).toMatchObject({ competentUnitCode: '29972', mode: 'local', competentOffice: { kind: 'economy', name: 'Phòng Kinh tế xã Tân Phước' }, paperTransfer: false });
      expect(payload.legs).toEqual([{ fromUnitCode: '29972', toUnitCode: '29972', direction: 'forward', budgetWorkingDays: 3 }]);
    });

    it('relays a land change today to the provincial land registration branch (869), 9 + 1 working days', async () => {
      const payload = await routedOnce(received('2.001458'));
      expect(payload).toMatchObject({ competentUnitCode: '869', competentUnitName: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng', mode: 'relay', timeLimit: { value: 10, unit: 'working-days' } });
      expect(payload.legs.map((l) => [l.direction, l.budgetWorkingDays])).toEqual([
        ['forward', 9],
        ['return', 1],
      ]);
    });

    it('sends no paper along for an online dossier', async () => {
      expect(await routedOnce(received('2.001458', '29972', { channel: 'online' }))).toMatchObject({ mode: 'relay', headApprovalRequired: true, paperTransfer: false });
    });

    it('relays residence to the commune police and keeps civil status local', async () => {
      expect(await routedOnce(received('1.004222'))).toMatchObject({ competentUnitCode: 'CA-29972', mode: 'relay', competentOffice: { kind: 'police' } });
      expect(await routedOnce(received('1.004873'))).toMatchObject({ competentUnitCode: '29972', mode: 'local' });
    });

    it('routes a dossier received under a merged code (a replica a little behind) from the commune that took it over', async () => {
      const payload = await routedOnce(received('1.004873', '29969'));
      expect(payload).toMatchObject({ receivingUnitCode: '29972', competentUnitCode: '29972', mode: 'local' });
    });

    it('applies the same event delivered twice (same message id) once: one route row, one outbox row', async () => {
      const event = received('2.001458');
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
    const deadLetterOf = async (event: DossierReceivedV1) => {
      await world.publish(DossierReceived, event, `intake-${event.dossierCode}`);
      const letters = await eventually(() => world.deadLetters(), (list) => list.some((l) => l.messageId === `intake-${event.dossierCode}`));
      return letters.find((l) => l.messageId === `intake-${event.dossierCode}`)!;
    };

    it('dead-letters a dossier of an unknown procedure after its retries, with the reason, and routes nothing', async () => {
      const event = received('9.999999');
      const letter = await deadLetterOf(event);
      expect(letter).toMatchObject({ subject: RECEIVED, deliveries: 3 });
      expect(letter.error).toContain('no procedure 9.999999');
      expect(await routeOf(event.dossierCode)).toEqual([]);
      expect(await routedEventsOf(event.dossierCode)).toEqual([]);
    });

    it('dead-letters a dossier received where no desk is (the branch 869 today) with the rule that refused it', async () => {
      const event = received('2.001458', '869');
      expect((await deadLetterOf(event)).error).toContain('not_a_desk');
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
