import 'reflect-metadata';
import {
  AcknowledgeTransfer,
  DeclareDelay,
  DossierRouted,
  GetTransfer,
  OfficeInbox,
  procedureKey,
  REFERENCE_BUCKET,
  ResolveTransfer,
  unitKey,
  type DossierRoutedV1,
  type StaffActor,
} from '@motcua/contracts';
import { openBucket, RpcClient } from '@motcua/messaging';
import { eventually, failure, ServiceEnvironment } from '@motcua/service-testing';
import { createVietnamLegalCalendar, vietnamDayOf, vietnamInstant } from '@motcua/working-days';
import { deskClerk, key, messageIdOf, officeHandler, routed } from '../__tests__/relay-fixture';
import { relayService } from '../relay.service';

const calendar = createVietnamLegalCalendar();
const handler = officeHandler('869');
const auditor: StaffActor = { staffId: 'auditor.82', unitCode: '82', roles: ['auditor'] };
const appointmentIn = (workingDays: number) => vietnamInstant(calendar.addWorkingDays(vietnamDayOf(new Date()), workingDays), '17:00').toISOString();
const unit = (code: string, name: string) => ({ code, name, type: 'commune', parentCode: null, agencyCode: code, deskName: name, validFrom: '2025-07-01', validTo: null });

describe('relay: reading one transfer, searching the inbox, the facts of form 04', () => {
  const world = new ServiceEnvironment(relayService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    // Routing's reference data, as the relay finds it at start: the names a transfer keeps.
    const kv = await openBucket(world.nc, world.config(), REFERENCE_BUCKET);
    await kv.put(unitKey('29972'), JSON.stringify(unit('29972', 'Xã Tân Phước')));
    await kv.put(unitKey('869'), JSON.stringify(unit('869', 'Chi nhánh Văn phòng đăng ký đất đai Tân Hồng')));
    await kv.put(procedureKey('1.001612'), JSON.stringify({ code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh' }));
    await world.start({ RELAY_ALERT_SWEEP_MS: '0' });
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  async function arrive(overrides: Partial<DossierRoutedV1> = {}): Promise<{ event: DossierRoutedV1; id: string }> {
    const event = routed({ appointmentAt: appointmentIn(5), ...overrides });
    await world.publish(DossierRouted, event, messageIdOf(event));
    const [row] = await eventually(
      () => world.query(`SELECT id FROM relay.transfers WHERE dossier_code = $1`, [event.dossierCode]),
      (rows) => rows.length === 1,
    );
    return { event, id: row.id };
  }

  it('answers one transfer with its names, receipt and appointment to the office, the receiving desk and an auditor', async () => {
    const { event, id } = await arrive();
    const view = await rpc.call(GetTransfer, { actor: handler, transferId: id });
    expect(view).toMatchObject({
      transferId: id,
      dossierCode: event.dossierCode,
      status: 'sent',
      version: 1,
      receivedAt: event.receivedAt,
      appointmentAt: event.appointmentAt,
      procedureName: 'Đăng ký thành lập hộ kinh doanh',
      receivingUnitName: 'Xã Tân Phước',
      officeName: 'Chi nhánh Văn phòng đăng ký đất đai Tân Hồng',
      delay: null,
    });
    expect(await rpc.call(GetTransfer, { actor: deskClerk('29972'), transferId: id })).toMatchObject({ transferId: id });
    expect(await rpc.call(GetTransfer, { actor: auditor, transferId: id })).toMatchObject({ transferId: id });
  });

  it('refuses another unit’s staff, and answers 404 for an unknown transfer', async () => {
    const { id } = await arrive();
    expect(await failure(rpc.call(GetTransfer, { actor: officeHandler('870'), transferId: id }))).toMatchObject({ status: 403 });
    expect(await failure(rpc.call(GetTransfer, { actor: deskClerk('30010'), transferId: id }))).toMatchObject({ status: 403 });
    expect(await failure(rpc.call(GetTransfer, { actor: handler, transferId: '00000000-0000-4000-8000-000000000000' }))).toMatchObject({ status: 404 });
  });

  it('keeps the apology: reason, who, the appointment before and after', async () => {
    const { event, id } = await arrive();
    const newAppointmentAt = appointmentIn(9);
    await rpc.call(DeclareDelay, { idempotencyKey: key(), actor: handler, transferId: id, body: { reason: 'Chờ kết quả đo đạc', newAppointmentAt } });
    const view = await rpc.call(GetTransfer, { actor: handler, transferId: id });
    expect(view.delayed).toBe(true);
    expect(view.appointmentAt).toBe(newAppointmentAt);
    expect(view.delay).toEqual({
      reason: 'Chờ kết quả đo đạc',
      declaredAt: expect.any(String),
      declaredBy: handler.staffId,
      previousAppointmentAt: event.appointmentAt,
      newAppointmentAt,
    });
  });

  it('finds the inbox’s transfers by a part of the dossier code, any case, only in the actor’s unit', async () => {
    const { event } = await arrive();
    const other = await arrive();
    const tail = event.dossierCode.slice(-11).toLowerCase();
    const found = await rpc.call(OfficeInbox, { actor: handler, dossierCode: tail });
    expect(found.items.map((t) => t.dossierCode)).toEqual([event.dossierCode]);
    expect(found.total).toBe(1);
    expect((await rpc.call(OfficeInbox, { actor: handler, dossierCode: event.dossierCode })).items.map((t) => t.dossierCode)).toEqual([event.dossierCode]);
    expect((await rpc.call(OfficeInbox, { actor: officeHandler('870'), dossierCode: other.event.dossierCode })).total).toBe(0);
    expect(await failure(rpc.call(OfficeInbox, { actor: handler, dossierCode: "x'%" }))).toMatchObject({ status: 400 });
  });

  it('refuses an acknowledgement or a resolution at a stale version, and changes nothing', async () => {
    const { id } = await arrive();
    expect(await failure(rpc.call(AcknowledgeTransfer, { idempotencyKey: key(), actor: handler, transferId: id, expectedVersion: 7 }))).toMatchObject({ status: 409 });
    const acked = await rpc.call(AcknowledgeTransfer, { idempotencyKey: key(), actor: handler, transferId: id, expectedVersion: 1 });
    expect(acked).toMatchObject({ status: 'acknowledged', version: 2 });
    const body = { resultRef: 'QD-9', summary: 'Cấp giấy' };
    expect(await failure(rpc.call(ResolveTransfer, { idempotencyKey: key(), actor: handler, transferId: id, expectedVersion: 1, body }))).toMatchObject({ status: 409 });
    expect(await rpc.call(GetTransfer, { actor: handler, transferId: id })).toMatchObject({ status: 'acknowledged', version: 2 });
  });
});
