import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Kvm } from '@nats-io/kv';
import {
  CreateSession,
  SCHEDULES_BUCKET,
  SetDeskHours,
  SetThemeDays,
  unitScheduleKey,
  UnitSchedule,
  UpdateSession,
  type SaveSessionBody,
  type UnitScheduleRecord,
} from '@motcua/contracts';
import { naming, type RpcClient } from '@motcua/messaging';
import { ServiceEnvironment } from '@motcua/service-testing';
import { putReference, refusal, staff } from '../__tests__/reference-fixture';
import { schedulingService } from '../scheduling.service';

const key = () => `sch-${randomUUID()}`;
const evening: SaveSessionBody = {
  unitCode: '30010',
  name: 'Tiếp nhận buổi tối',
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  onDaysOff: false,
  start: '17:00',
  end: '19:00',
  validFrom: '2026-01-01',
  eligibleProcedures: ['1.001193'],
  slotMinutes: 20,
  slotCapacity: 2,
  roster: [{ staffId: 'clerk.30010', duty: 'tiếp nhận' }],
};

describe('scheduling: opening hours, after-hours sessions and theme days', () => {
  const world = new ServiceEnvironment(schedulingService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start({ SCHEDULING_REPUBLISH_MS: '600000', BOOKING_REMINDER_POLL_MS: '600000' });
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const replica = async (unitCode: string): Promise<UnitScheduleRecord | undefined> => {
    const kv = await new Kvm(world.nc).open(naming.bucket(world.prefix, SCHEDULES_BUCKET));
    const entry = await kv.get(unitScheduleKey(unitCode));
    return entry?.operation === 'PUT' ? entry.json<UnitScheduleRecord>() : undefined;
  };

  it('seeds the stories’ sessions (SEED_DEMO=1) and replicates them for intake', async () => {
    const saRai = await replica('29954');
    expect(saRai?.sessions.map((s) => [s.weekdays, s.onDaysOff, s.eligibleProcedures])).toEqual([
      [['saturday', 'sunday'], true, null],
      [['saturday', 'sunday'], true, null],
    ]);
    expect((await replica('29960'))?.sessions).toHaveLength(1);
    expect((await replica('30385'))?.sessions[0]).toMatchObject({ name: 'Ngày thứ Bảy tình nguyện', weekdays: ['saturday'], onDaysOff: false });
    expect((await replica('30001'))?.themeDays.map((t) => [t.theme, t.weekdays[0]]).sort()).toEqual([
      ['no-appointment', 'thursday'],
      ['no-writing', 'thursday'],
      ['online-paperless', 'wednesday'],
    ]);
    expect((await replica('30013'))?.themeDays).toHaveLength(2);
    expect((await replica('30337'))?.themeDays.map((t) => [t.theme, t.weekdays[0]])).toContainEqual(['no-appointment', 'wednesday']);
  });

  it('lets a unit administrator add a weekday-evening session and change its roster, replicated at once', async () => {
    const created = await rpc.call(CreateSession, { idempotencyKey: key(), actor: staff('30010', 'unit-admin'), body: evening });
    expect(created).toMatchObject({ unitCode: '30010', version: 1, bookingWindowDays: 14, perPersonDailyLimit: 1, validTo: null, closedOn: [] });
    expect((await replica('30010'))?.sessions.map((s) => s.id)).toEqual([created.id]);
    const updated = await rpc.call(UpdateSession, {
      idempotencyKey: key(),
      actor: staff('87', 'province-admin'),
      sessionId: created.id,
      body: { ...evening, roster: [{ staffId: 'clerk.30010', duty: 'tiếp nhận' }, { staffId: 'head.30010', duty: 'ký' }] },
    });
    expect(updated).toMatchObject({ version: 2, roster: [{ staffId: 'clerk.30010' }, { staffId: 'head.30010' }] });
    expect((await replica('30010'))?.sessions[0].roster).toHaveLength(2);
  });

  it('shows the two calendars side by side: a Saturday session is open, but Saturday stays a day off', async () => {
    const view = await rpc.call(UnitSchedule, { actor: staff('29954', 'desk-clerk'), from: '2026-04-24', to: '2026-04-27' });
    expect(view.days.map((d) => [d.date, d.workingDay, d.deskWindows.length, d.sessions.length])).toEqual([
      ['2026-04-24', true, 2, 0],
      ['2026-04-25', false, 0, 2],
      ['2026-04-26', false, 0, 2], // Hùng Kings on a Sunday
      ['2026-04-27', false, 0, 2], // its compensatory Monday: a holiday counter
    ]);
    const phuong2 = await rpc.call(UnitSchedule, { actor: staff('29954', 'desk-clerk'), unitCode: '30001', from: '2026-03-11', to: '2026-03-12' });
    expect(phuong2.days.map((d) => d.themes.map((t) => t.theme).sort())).toEqual([['online-paperless'], ['no-appointment', 'no-writing']]);
  });

  it('sets desk hours and theme days for the unit', async () => {
    const hours = await rpc.call(SetDeskHours, { idempotencyKey: key(), actor: staff('30010', 'unit-admin'), body: { unitCode: '30010', windows: [{ start: '07:00', end: '11:30' }, { start: '13:00', end: '17:00' }] } });
    expect(hours.deskHours.windows).toEqual([{ start: '07:00', end: '11:30' }, { start: '13:00', end: '17:00' }]);
    const themes = await rpc.call(SetThemeDays, {
      idempotencyKey: key(),
      actor: staff('30010', 'unit-admin'),
      body: { unitCode: '30010', themeDays: [{ theme: 'no-appointment', weekdays: ['thursday'], validFrom: '2026-01-01', procedures: ['1.004873'] }] },
    });
    expect(themes.themeDays).toMatchObject([{ theme: 'no-appointment', weekdays: ['thursday'], procedures: ['1.004873'], validTo: null }]);
    expect((await replica('30010'))?.deskHours.windows[0]).toEqual({ start: '07:00', end: '11:30' });
  });

  it('refuses other units’ administrators, bad times and overlapping windows, naming the field', async () => {
    expect((await refusal(rpc.call(CreateSession, { idempotencyKey: key(), actor: staff('29954', 'unit-admin'), body: evening }))).status).toBe(403);
    expect((await refusal(rpc.call(CreateSession, { idempotencyKey: key(), actor: staff('89', 'province-admin'), body: evening }))).status).toBe(403);
    expect((await refusal(rpc.call(CreateSession, { idempotencyKey: key(), actor: staff('30010', 'desk-clerk'), body: evening }))).status).toBe(403);
    expect(await refusal(rpc.call(CreateSession, { idempotencyKey: key(), actor: staff('30010', 'unit-admin'), body: { ...evening, end: '16:00' } }))).toMatchObject({
      status: 400,
      fields: [{ field: 'end', reason: 'phải sau giờ bắt đầu' }],
    });
    expect(await refusal(rpc.call(CreateSession, { idempotencyKey: key(), actor: staff('30010', 'unit-admin'), body: { ...evening, start: '25:00' } }))).toMatchObject({
      status: 400,
    });
    // class-validator's refusals, checked by the service over NATS, read in Vietnamese without the field's name.
    const malformed = await refusal(rpc.call(CreateSession, { idempotencyKey: key(), actor: staff('30010', 'unit-admin'), body: { ...evening, start: '25:00', name: 'x', slotMinutes: 2, ...{ colour: 'red' } } }));
    expect(malformed.status).toBe(400);
    expect(malformed.fields).toEqual(
      expect.arrayContaining([
        { field: 'body.start', reason: 'phải là giờ dạng HH:MM' },
        { field: 'body.name', reason: 'phải có từ 2 đến 120 ký tự' },
        { field: 'body.slotMinutes', reason: 'không được nhỏ hơn 5' },
        { field: 'body.colour', reason: 'không được có trong yêu cầu' },
      ]),
    );
    expect(
      await refusal(rpc.call(SetDeskHours, { idempotencyKey: key(), actor: staff('30010', 'unit-admin'), body: { unitCode: '30010', windows: [{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }] } })),
    ).toMatchObject({ status: 400, fields: [{ field: 'windows[1]' }] });
    expect((await refusal(rpc.call(UpdateSession, { idempotencyKey: key(), actor: staff('30010', 'unit-admin'), sessionId: randomUUID(), body: evening }))).status).toBe(404);
    expect((await refusal(rpc.call(CreateSession, { idempotencyKey: key(), actor: staff('30010', 'unit-admin'), body: { ...evening, unitCode: '99999' } }))).status).toBe(404);
  });
});
