import {
  DossierHandedOver,
  DossierReceived,
  DossierResolved,
  DossierRouted,
  DossierStatusRpc,
  DossierTimelineRpc,
  ResultReady,
  ResultSentBack,
  TransferAcknowledged,
  TransferSent,
  lookupFactorHash,
  type EventContract,
  type StaffActor,
} from '@motcua/contracts';
import { eventuallyTruthy as eventually, startServiceUnderTest, type ServiceUnderTest } from '@motcua/service-testing';
import { trackingService } from './tracking.service';

const COMMUNE = '29972';
const DISTRICT = '869';
const actor = (unitCode: string, ...roles: StaffActor['roles']): StaffActor => ({ staffId: `staff-${unitCode}`, unitCode, roles });

let sequence = 0;
const newCode = () => `000.72.69.H20-251120-${String(2000 + ++sequence)}`;

interface Published<T extends object = object> {
  contract: EventContract<T>;
  payload: T;
}
const event = <T extends object>(contract: EventContract<T>, payload: T): Published => ({ contract, payload }) as Published;

/** A relayed district procedure, commune → district → commune, every step a fact with its own time. */
function lifeOf(dossierCode: string): Published[] {
  const transferId = '0b6f1f8e-2d9a-4c55-9b1e-5a7c3d2e1f00';
  const backId = '1c7a2e9f-3b8d-4e66-8c2f-6b8d4e3f2a11';
  return [
    event(DossierReceived, {
      dossierCode,
      procedureCode: '2.000908',
      procedureName: 'Cấp Giấy phép xây dựng nhà ở riêng lẻ',
      receivingUnitCode: COMMUNE,
      channel: 'counter',
      resultDelivery: 'desk',
      receivedAt: '2025-11-20T01:30:00.000Z',
      appointmentAt: '2025-12-04T09:00:00.000Z',
      timeLimit: { value: 10, unit: 'working-days' },
      contact: { phone: '0912345678', email: 'nguyenvana@example.com' },
      lookupFactors: [lookupFactorHash(dossierCode, '5678'), lookupFactorHash(dossierCode, '1234')],
    }),
    event(DossierRouted, {
      dossierCode,
      procedureCode: '2.000908',
      receivingUnitCode: COMMUNE,
      competentUnitCode: DISTRICT,
      mode: 'relay',
      receivedAt: '2025-11-20T01:30:00.000Z',
      appointmentAt: '2025-12-04T09:00:00.000Z',
      legs: [
        { fromUnitCode: COMMUNE, toUnitCode: DISTRICT, direction: 'forward', budgetWorkingDays: 9 },
        { fromUnitCode: DISTRICT, toUnitCode: COMMUNE, direction: 'return', budgetWorkingDays: 1 },
      ],
    }),
    event(TransferSent, { transferId, dossierCode, fromUnitCode: COMMUNE, toUnitCode: DISTRICT, sentAt: '2025-11-20T03:00:00.000Z', dueAt: '2025-12-03T10:00:00.000Z' }),
    event(TransferAcknowledged, { transferId, dossierCode, unitCode: DISTRICT, staffId: 'h1', acknowledgedAt: '2025-11-21T01:15:00.000Z' }),
    event(DossierResolved, { transferId, dossierCode, unitCode: DISTRICT, staffId: 'h1', resultRef: '123/GPXD', resolvedAt: '2025-12-01T08:00:00.000Z', timeliness: 'early' }),
    event(ResultSentBack, { transferId: backId, dossierCode, fromUnitCode: DISTRICT, toUnitCode: COMMUNE, resultRef: '123/GPXD', summary: 'Cấp phép', sentAt: '2025-12-01T09:00:00.000Z' }),
    event(ResultReady, { dossierCode, receivingUnitCode: COMMUNE, collectAt: 'Bộ phận Một cửa xã Tân Phước', resultDelivery: 'desk', readyAt: '2025-12-02T01:00:00.000Z' }),
    event(DossierHandedOver, { dossierCode, receivingUnitCode: COMMUNE, method: 'desk', staffId: 'c1', handedOverAt: '2025-12-03T02:30:00.000Z' }),
  ];
}

describe('tracking service (in-process, real Postgres and NATS)', () => {
  let svc: ServiceUnderTest;

  const entries = (dossierCode: string) =>
    svc.query<{ n: string }>('SELECT count(*) AS n FROM tracking.timeline WHERE dossier_code = $1', [dossierCode]).then(([r]) => Number(r.n));
  const timeline = (dossierCode: string, who = actor(COMMUNE, 'desk-clerk')) => svc.rpc.call(DossierTimelineRpc, { actor: who, dossierCode });

  /** Publishes one by one, each waited for: the service sees them in exactly this order. */
  async function feedInOrder(code: string, events: Published[]): Promise<void> {
    for (const e of events) {
      const before = await entries(code);
      await svc.publish(e.contract, e.payload, `${code}:${e.contract.subject}`);
      await eventually(async () => expect(await entries(code)).toBe(before + 1));
    }
  }

  beforeAll(async () => {
    svc = await startServiceUnderTest(trackingService);
  });

  afterAll(async () => {
    await svc?.close();
  });

  it('orders the timeline by when things happened, whatever order the events arrive in', async () => {
    const code = newCode();
    const life = lifeOf(code);
    await feedInOrder(code, [...life].reverse());

    const { entries: got } = await timeline(code);
    expect(got.map((e) => [e.event, e.unitCode, e.description])).toEqual([
      ['intake.evt.dossier.received.v1', COMMUNE, 'Tiếp nhận hồ sơ tại Bộ phận Một cửa'],
      ['routing.evt.dossier.routed.v1', DISTRICT, `Xác định cơ quan có thẩm quyền giải quyết: ${DISTRICT}`],
      ['relay.evt.transfer.sent.v1', COMMUNE, `Chuyển hồ sơ lên ${DISTRICT}`],
      ['relay.evt.transfer.acknowledged.v1', DISTRICT, 'Cơ quan có thẩm quyền đã nhận hồ sơ'],
      ['relay.evt.dossier.resolved.v1', DISTRICT, 'Đã giải quyết, có kết quả (trước hạn)'],
      ['relay.evt.result.sent-back.v1', DISTRICT, 'Kết quả đã chuyển về nơi tiếp nhận'],
      ['intake.evt.dossier.result-ready.v1', COMMUNE, 'Kết quả sẵn sàng để trả'],
      ['intake.evt.dossier.handed-over.v1', COMMUNE, 'Đã trả kết quả cho công dân (tại Bộ phận Một cửa)'],
    ]);
    expect(got[0].at).toBe('2025-11-20T01:30:00.000Z');
    expect(got[7].at).toBe('2025-12-03T02:30:00.000Z');

    // The reception arrived last, yet the status stayed at the furthest step and its details filled in.
    const [row] = await svc.query('SELECT status, procedure_name, received_at FROM tracking.dossiers WHERE dossier_code = $1', [code]);
    expect(row.status).toBe('handed-over');
    expect(row.procedure_name).toBe('Cấp Giấy phép xây dựng nhà ở riêng lẻ');
  });

  it('records each fact once: a redelivery (same id) and a replay (new id) add nothing', async () => {
    const code = newCode();
    const life = lifeOf(code);
    await feedInOrder(code, life.slice(0, 3));

    const [reception, routed] = life;
    await svc.consumed(reception.contract, (await svc.redeliver(reception.contract, reception.payload, `${code}:${reception.contract.subject}`)).seq);
    await svc.consumed(reception.contract, (await svc.publish(reception.contract, reception.payload, `${code}:replayed`)).seq);
    await svc.consumed(routed.contract, (await svc.publish(routed.contract, routed.payload, `${code}:routed-again`)).seq);

    expect(await entries(code)).toBe(3);
    const inbox = await svc.query(`SELECT message_id FROM tracking.inbox WHERE message_id LIKE $1`, [`${code}:%`]);
    expect(inbox).toHaveLength(5);
    const [row] = await svc.query('SELECT status FROM tracking.dossiers WHERE dossier_code = $1', [code]);
    expect(row.status).toBe('transferred');
  });

  it('tells the public where the dossier stands, in plain Vietnamese, with nothing personal', async () => {
    const code = newCode();
    const life = lifeOf(code);
    await feedInOrder(code, [life[6], life[0], life[3]]);

    const status = await svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '5678' });
    expect(status).toEqual({
      dossierCode: code,
      procedureName: 'Cấp Giấy phép xây dựng nhà ở riêng lẻ',
      status: 'result-ready',
      statusText: 'Đã có kết quả. Mời ông/bà đến nhận kết quả.',
      receivedAt: '2025-11-20T01:30:00.000Z',
      appointmentAt: '2025-12-04T09:00:00.000Z',
      collectAt: 'Bộ phận Một cửa xã Tân Phước',
      updatedAt: '2025-12-02T01:00:00.000Z',
    });
    expect(JSON.stringify(status)).not.toMatch(/0912345678|nguyenvana|example\.com/);
    // Nor does tracking keep it anywhere.
    const dump = await svc.query(
      `SELECT row_to_json(t)::text AS j FROM tracking.timeline t UNION ALL SELECT row_to_json(d)::text FROM tracking.dossiers d`,
    );
    expect(dump.map((r) => r.j).join('\n')).not.toMatch(/0912345678|nguyenvana|example\.com/);
  });

  it('answers the public only once the reception is known', async () => {
    const code = newCode();
    const life = lifeOf(code);
    await feedInOrder(code, [life[2]]);
    await expect(svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '5678' })).rejects.toMatchObject({ status: 404, code: 'not_found' });
    await feedInOrder(code, [life[0]]);
    expect((await svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '1234' })).status).toBe('transferred');
  });

  it('answers the public only with the second factor, and a wrong one like an unknown dossier', async () => {
    const code = newCode();
    await feedInOrder(code, [lifeOf(code)[0]]);
    await expect(svc.rpc.call(DossierStatusRpc, { dossierCode: code })).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'secondFactor', reason: expect.stringContaining('là bắt buộc') }],
    });
    const wrong = await svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '0000' }).catch((e) => e);
    const unknown = await svc.rpc.call(DossierStatusRpc, { dossierCode: newCode(), secondFactor: '5678' }).catch((e) => e);
    expect(wrong).toMatchObject({ status: 404, code: 'not_found' });
    expect([wrong.status, wrong.code, wrong.message]).toEqual([unknown.status, unknown.code, unknown.message]);
    // The digits never reach tracking's tables, only intake's salted hashes.
    const [row] = await svc.query('SELECT lookup_factors FROM tracking.dossiers WHERE dossier_code = $1', [code]);
    expect(row.lookup_factors).toEqual([lookupFactorHash(code, '5678'), lookupFactorHash(code, '1234')]);
  });

  it('shows the timeline to the units on the dossier and to overseers only', async () => {
    const code = newCode();
    await feedInOrder(code, lifeOf(code).slice(0, 4));

    expect((await timeline(code, actor(COMMUNE, 'desk-clerk'))).entries).toHaveLength(4);
    expect((await timeline(code, actor(DISTRICT, 'office-handler'))).entries).toHaveLength(4);
    expect((await timeline(code, actor('87', 'auditor'))).entries).toHaveLength(4);
    expect((await timeline(code, actor('87', 'province-admin'))).entries).toHaveLength(4);
    await expect(timeline(code, actor('30010', 'desk-clerk'))).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    await expect(timeline(code, actor('30010', 'unit-admin'))).rejects.toMatchObject({ status: 403 });
  });

  it('answers not found for a dossier it never heard of', async () => {
    const code = newCode();
    await expect(timeline(code, actor('87', 'auditor'))).rejects.toMatchObject({ status: 404, code: 'not_found' });
    await expect(svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '5678' })).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });
});
