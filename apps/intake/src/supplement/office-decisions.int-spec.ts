import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  DeskInbox,
  DossierDelayed,
  DossierSupplemented,
  RecordSupplement,
  ResultSentBack,
  SubmitDossier,
  SupplementRequested,
  type DossierSupplementedV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { eventually, ServiceEnvironment, failure } from '@motcua/service-testing';
import { computeAppointment, createVietnamLegalCalendar } from '@motcua/working-days';
import { intakeService } from '../intake.service';
import { deskClerk, householdBusiness, putReference } from '../__tests__/reference-fixture';

const key = (what = 'k') => `${what}-${randomUUID()}`;
const items = [{ name: 'Bản sao giấy tờ pháp lý', reason: 'Không rõ chữ' }];

/** What the office's decisions do at the desk: supplements (the clock restarts), apologies, refusals. */
describe('intake: the office’s decisions at the desk', () => {
  const world = new ServiceEnvironment(intakeService);
  let rpc: RpcClient;
  const clerk = deskClerk('29972');

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start();
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const dossier = async (code: string) => (await world.query('SELECT * FROM intake.dossiers WHERE code = $1', [code]))[0];
  const receive = async () => (await rpc.call(SubmitDossier, { idempotencyKey: key(), actor: clerk, body: householdBusiness })).dossierCode;
  const askSupplement = (dossierCode: string) =>
    world.publish(
      SupplementRequested,
      { transferId: randomUUID(), dossierCode, unitCode: '869', receivingUnitCode: '29972', items, requestNumber: 1, requestedAt: new Date().toISOString() },
      `relay-${randomUUID()}`,
    );

  it('shows the supplement request at the desk, then records what the citizen brought with a new appointment', async () => {
    const code = await receive();
    expect(await failure(rpc.call(RecordSupplement, { idempotencyKey: key(), actor: clerk, dossierCode: code, body: { documents: [] } }))).toMatchObject({
      status: 409,
      code: 'no_supplement_requested',
    });
    await askSupplement(code);
    await eventually(() => dossier(code), (d) => d.status === 'supplement-requested');
    const inbox = await rpc.call(DeskInbox, { actor: clerk, status: 'supplement-requested' });
    expect(inbox.find((d) => d.dossierCode === code)?.supplementItems).toEqual(items);

    expect(await failure(rpc.call(RecordSupplement, { idempotencyKey: key(), actor: deskClerk('30010'), dossierCode: code, body: { documents: [] } }))).toMatchObject({ status: 403 });
    const before = await dossier(code);
    const recorded = await rpc.call(RecordSupplement, {
      idempotencyKey: key(),
      actor: clerk,
      dossierCode: code,
      body: { documents: [{ code: 'giay-to-phap-ly', present: true }] },
    });
    // The time limit restarts from zero: 3 working days from the supplement.
    const expected = computeAppointment({ receivedAt: new Date(recorded.supplementedAt), limit: { value: 3, unit: 'working-days' }, calendar: createVietnamLegalCalendar() });
    expect(recorded).toMatchObject({ status: 'in-progress', appointmentAt: expected.toISOString() });
    const after = await dossier(code);
    expect(after.previous_appointment_at.toISOString()).toBe(before.appointment_at.toISOString());
    const [event] = (await world.outbox<DossierSupplementedV1>(DossierSupplemented.subject)).filter((e) => e.payload.dossierCode === code);
    expect(event.payload).toEqual({ dossierCode: code, receivingUnitCode: '29972', supplementedAt: recorded.supplementedAt, newAppointmentAt: recorded.appointmentAt });
  });

  it('moves the appointment when the office apologises with a new date', async () => {
    const code = await receive();
    const newAppointmentAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    await world.publish(
      DossierDelayed,
      {
        transferId: randomUUID(),
        dossierCode: code,
        unitCode: '869',
        receivingUnitCode: '29972',
        staffId: 'handler.869',
        reason: 'Chờ xác minh',
        previousAppointmentAt: (await dossier(code)).appointment_at.toISOString(),
        newAppointmentAt,
        declaredAt: new Date().toISOString(),
      },
      `relay-${randomUUID()}`,
    );
    const row = await eventually(() => dossier(code), (d) => d.delay_reason !== null);
    expect(row.appointment_at.toISOString()).toBe(newAppointmentAt);
    expect(row.delay_reason).toBe('Chờ xác minh');
  });

  it('hands a refusal over like a result, marked as refused', async () => {
    const code = await receive();
    await world.publish(
      ResultSentBack,
      {
        transferId: randomUUID(),
        dossierCode: code,
        fromUnitCode: '869',
        toUnitCode: '29972',
        resultRef: `TC-${code}`,
        summary: 'Từ chối giải quyết: Đất đang có tranh chấp',
        sentAt: new Date().toISOString(),
        outcome: 'refused',
      },
      `relay-${randomUUID()}`,
    );
    await eventually(() => dossier(code), (d) => d.status === 'result-ready');
    const [view] = (await rpc.call(DeskInbox, { actor: clerk, status: 'result-ready' })).filter((d) => d.dossierCode === code);
    expect(view).toMatchObject({ outcome: 'refused', resultRef: `TC-${code}` });
  });
});
