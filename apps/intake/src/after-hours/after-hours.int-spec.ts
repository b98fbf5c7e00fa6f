import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { procedureKey, REFERENCE_BUCKET, SCHEDULES_BUCKET, SubmitDossier, unitScheduleKey, type ProcedureRecord, type SessionRecord, type SubmitDossierCommand, type UnitScheduleRecord } from '@motcua/contracts';
import { openBucket } from '@motcua/messaging';
import { ServiceEnvironment } from '@motcua/service-testing';
import { vietnamInstant, vietnamTimeOfDayMs } from '@motcua/working-days';
import { applicant, putReference, procedureOf } from '../__tests__/reference-fixture';
import { intakeService } from '../intake.service';
import { SubmitDossierUseCase } from '../submit-dossier/submit-dossier.use-case';

const afterHoursClerk = { staffId: 'after-hours.29972', unitCode: '29972', roles: ['after-hours-clerk' as const] };
const birth: ProcedureRecord = {
  ...procedureOf('1.004873'),
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  timeLimit: { value: 0, unit: 'same-day' },
  documents: [{ code: 'to-khai', name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 }],
};
const session = (over: Partial<SessionRecord>): SessionRecord => ({
  id: randomUUID(),
  unitCode: '29972',
  name: 'Tiếp nhận ngoài giờ thứ Bảy, Chủ nhật, ngày lễ, Tết',
  weekdays: ['saturday', 'sunday'],
  onDaysOff: true,
  start: '07:30',
  end: '11:30',
  validFrom: '2020-10-01',
  validTo: null,
  closedOn: [],
  eligibleProcedures: null,
  slotMinutes: 30,
  slotCapacity: 3,
  bookingWindowDays: 14,
  perPersonDailyLimit: 1,
  roster: [],
  version: 1,
  ...over,
});

const dossier = (procedureCode: string, channel: 'after-hours-counter' | 'counter' = 'after-hours-counter'): SubmitDossierCommand => ({
  idempotencyKey: `ah-${randomUUID()}`,
  actor: afterHoursClerk,
  body: { procedureCode, channel, resultDelivery: 'desk', applicant, documents: [{ code: 'to-khai', present: true }] },
} as SubmitDossierCommand);

describe('intake: after-hours reception only inside an open session, for eligible procedures', () => {
  const world = new ServiceEnvironment(intakeService);
  let useCase: SubmitDossierUseCase;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await (await openBucket(world.nc, world.config(), REFERENCE_BUCKET)).put(procedureKey(birth.code), JSON.stringify(birth));
    const schedule: UnitScheduleRecord = { unitCode: '29972', deskHours: { windows: [] }, sessions: [session({})], themeDays: [], updatedAt: new Date().toISOString() };
    await (await openBucket(world.nc, world.config(), SCHEDULES_BUCKET)).put(unitScheduleKey('29972'), JSON.stringify(schedule));
    await world.start();
    useCase = world.service!.app.get(SubmitDossierUseCase);
  });
  afterAll(() => world.tearDown());

  it('receives a same-day procedure in a Saturday session, due the next working day', async () => {
    const receipt = await useCase.execute(dossier('1.001193'), vietnamInstant('2026-03-07', '08:00'));
    expect(receipt).toMatchObject({ channel: 'after-hours-counter', receivedAt: vietnamInstant('2026-03-07', '08:00').toISOString() });
    expect(receipt.appointmentAt).toBe(vietnamInstant('2026-03-09', '17:00').toISOString()); // Saturday is no working day
  });

  it('receives on a Tết day (the session is held on legal days off)', async () => {
    await expect(useCase.execute(dossier('1.001193'), vietnamInstant('2026-02-18', '09:00'))).resolves.toMatchObject({ channel: 'after-hours-counter' });
  });

  it('refuses outside the session, naming the channel, the reason and the next session; nothing is stored', async () => {
    const before = await world.count('SELECT 1 FROM intake.dossiers');
    const error = await useCase.execute(dossier('1.001193'), vietnamInstant('2026-03-07', '13:00')).catch((e) => e);
    expect(error.toBody()).toMatchObject({
      status: 422,
      code: 'after_hours_closed',
      message: expect.stringContaining('Chủ nhật 08/03/2026, 07:30–11:30'),
      fields: [{ field: 'channel', reason: expect.stringContaining(vietnamInstant('2026-03-08', '07:30').toISOString()) }],
    });
    const weekday = await useCase.execute(dossier('1.001193'), vietnamInstant('2026-03-10', '19:00')).catch((e) => e);
    expect(weekday.message).toContain('Thứ Bảy 14/03/2026');
    expect(await world.count('SELECT 1 FROM intake.dossiers')).toBe(before);
  });

  it('refuses a procedure that is not same-day in an open session, and says no session will take it', async () => {
    const error = await useCase.execute(dossier('1.004873'), vietnamInstant('2026-03-07', '08:00')).catch((e) => e);
    expect(error.toBody()).toMatchObject({
      status: 422,
      code: 'procedure_not_eligible_after_hours',
      fields: [{ field: 'channel' }, { field: 'procedureCode' }],
    });
    expect(error.message).toContain('trong giờ hành chính');
  });

  it('applies over RPC too, and leaves the regular counter channel alone', async () => {
    const rpc = world.rpc();
    const open = vietnamTimeOfDayMs(new Date()) >= 7.5 * 3_600_000 && vietnamTimeOfDayMs(new Date()) < 11.5 * 3_600_000;
    const now = new Date();
    const isWeekend = [0, 6].includes(new Date(now.getTime() + 7 * 3_600_000).getUTCDay());
    const outcome = await rpc.call(SubmitDossier, dossier('1.001193')).then(
      () => 'received',
      (e) => e.code,
    );
    // The real clock decides here; the fixed-instant cases above prove each branch.
    if (!(open && isWeekend)) expect(outcome).toBe('after_hours_closed');
    const counter = await rpc.call(SubmitDossier, { ...dossier('1.004873', 'counter'), actor: { ...afterHoursClerk, roles: ['desk-clerk'] } });
    expect(counter.channel).toBe('counter');
  });
});
