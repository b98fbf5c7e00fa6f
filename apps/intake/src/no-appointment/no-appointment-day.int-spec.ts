import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  DossierHandedOver,
  DossierReceived,
  SCHEDULES_BUCKET,
  unitScheduleKey,
  type DossierHandedOverV1,
  type DossierReceivedV1,
  type SubmitDossierCommand,
  type UnitScheduleRecord,
} from '@motcua/contracts';
import { openBucket } from '@motcua/messaging';
import { ServiceEnvironment, failure } from '@motcua/service-testing';
import { intakeService } from '../intake.service';
import { SubmitDossierUseCase } from '../submit-dossier/submit-dossier.use-case';
import { deskClerk, householdBusiness, putReference } from '../__tests__/reference-fixture';

// Wednesday 18 Nov 2026, 09:00 in Vietnam: the unit's no-appointment day. The use case is called in process with
// this clock, so the test does not depend on the day it runs.
const wednesday = new Date('2026-11-18T02:00:00Z');
const thursday = new Date('2026-11-19T02:00:00Z');

describe('intake: no-appointment day — received, resolved and returned in one visit', () => {
  const world = new ServiceEnvironment(intakeService);
  let useCase: SubmitDossierUseCase;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    const schedule: UnitScheduleRecord = {
      unitCode: '29972',
      deskHours: { windows: [] },
      sessions: [],
      themeDays: [{ id: randomUUID(), unitCode: '29972', theme: 'no-appointment', weekdays: ['wednesday'], validFrom: '2026-01-01', validTo: null, procedures: ['1.004873'] }],
      updatedAt: new Date().toISOString(),
    };
    await (await openBucket(world.nc, world.config(), SCHEDULES_BUCKET)).put(unitScheduleKey('29972'), JSON.stringify(schedule));
    useCase = (await world.start()).app.get(SubmitDossierUseCase);
  });
  afterAll(() => world.tearDown());

  const maritalStatus: SubmitDossierCommand['body'] = {
    ...householdBusiness,
    procedureCode: '1.004873',
    documents: [{ code: 'to-khai', present: true }],
    instant: { resultRef: 'XNHN-2026-0042', summary: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
  };
  const submit = (body: SubmitDossierCommand['body'], at: Date) =>
    useCase.execute({ idempotencyKey: `instant-${randomUUID()}`, actor: deskClerk(), body }, at);

  it('closes an eligible dossier as resolved and handed over at once, counted early, announced received then handed over', async () => {
    const receipt = await submit(maritalStatus, wednesday);
    expect(receipt.instant).toEqual({ resultRef: 'XNHN-2026-0042', resolvedAt: wednesday.toISOString(), timing: 'early' });
    const [row] = await world.query('SELECT * FROM intake.dossiers WHERE code = $1', [receipt.dossierCode]);
    expect(row).toMatchObject({ status: 'handed-over', outcome: 'resolved', result_ref: 'XNHN-2026-0042', handover_method: 'desk', handed_over_to: { kind: 'applicant' } });
    expect(row.handed_over_at.toISOString()).toBe(wednesday.toISOString());
    const received = (await world.outbox<DossierReceivedV1>(DossierReceived.subject)).filter((e) => e.payload.dossierCode === receipt.dossierCode);
    const handed = (await world.outbox<DossierHandedOverV1>(DossierHandedOver.subject)).filter((e) => e.payload.dossierCode === receipt.dossierCode);
    expect(received.map((e) => e.payload.instant)).toEqual([true]);
    expect(handed.map((e) => e.payload)).toEqual([{ dossierCode: receipt.dossierCode, receivingUnitCode: '29972', method: 'desk', staffId: 'clerk.29972', handedOverAt: wednesday.toISOString() }]);
    expect(Number(handed[0].id)).toBeGreaterThan(Number(received[0].id));
  });

  it('refuses instant resolution off the day, for a procedure decided above the unit, or for a result sent by post — and writes nothing', async () => {
    const before = await world.count('SELECT 1 FROM intake.dossiers');
    expect(await failure(submit(maritalStatus, thursday))).toMatchObject({ status: 422, code: 'not_instant_eligible', fields: [{ field: 'instant' }] });
    const district = await failure(submit({ ...householdBusiness, instant: { resultRef: 'X-1' } }, wednesday));
    expect(district.fields).toEqual([{ field: 'instant', reason: expect.stringContaining('không áp dụng ngày không hẹn') }]);
    expect((await failure(submit({ ...maritalStatus, resultDelivery: 'post' }, wednesday))).fields).toEqual([{ field: 'resultDelivery', reason: expect.any(String) }]);
    expect(await world.count('SELECT 1 FROM intake.dossiers')).toBe(before);
  });

  it('receives the same dossier the ordinary way when no instant resolution is asked', async () => {
    const receipt = await submit({ ...maritalStatus, instant: undefined }, wednesday);
    expect(receipt.instant).toBeUndefined();
    expect((await world.query('SELECT status FROM intake.dossiers WHERE code = $1', [receipt.dossierCode]))[0].status).toBe('received');
  });
});
