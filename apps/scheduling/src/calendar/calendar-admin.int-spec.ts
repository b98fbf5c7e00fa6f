import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Kvm } from '@nats-io/kv';
import {
  CALENDAR_BUCKET,
  CalendarYear,
  ComputeDeadline,
  OFFICIAL_YEARS_KEY,
  PROVINCIAL_DAYS_KEY,
  SetOfficialYear,
  SetProvinceDays,
  type ProvincialDayRecord,
} from '@motcua/contracts';
import { naming, type RpcClient } from '@motcua/messaging';
import { ServiceEnvironment } from '@motcua/service-testing';
import { createVietnamLegalCalendar, type OfficialYearDecision } from '@motcua/working-days';
import { putReference, refusal, staff } from '../__tests__/reference-fixture';
import { schedulingService } from '../scheduling.service';

const key = () => `cal-${randomUUID()}`;
const admin = staff('87', 'province-admin');

const tet2030 = {
  source: 'Thông báo nghỉ Tết Canh Tuất 2030 (test)',
  statutoryHolidays: [
    { date: '2030-04-12', name: 'Giỗ Tổ Hùng Vương' },
    { date: '2030-09-03', name: 'Quốc khánh (ngày liền kề)' },
  ],
  extraDaysOff: ['2030-01-31', '2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06'].map((date) => ({ date, name: 'Tết Nguyên đán' })),
  swapWorkdays: [{ date: '2030-02-09', name: 'Làm bù cho thứ Năm 31/1' }],
};

describe('scheduling: the legal calendar managed by province administrators', () => {
  const world = new ServiceEnvironment(schedulingService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start({ SCHEDULING_REPUBLISH_MS: '600000', BOOKING_REMINDER_POLL_MS: '600000' });
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const replica = async <T>(key: string): Promise<T | undefined> => {
    const kv = await new Kvm(world.nc).open(naming.bucket(world.prefix, CALENDAR_BUCKET));
    const entry = await kv.get(key);
    return entry?.operation === 'PUT' ? entry.json<T>() : undefined;
  };

  it('shows a year without a notice as projected from the lunar rules (Tết Sat 2 Feb 2030)', async () => {
    const view = await rpc.call(CalendarYear, { actor: staff('29954', 'desk-clerk'), year: 2030 });
    expect(view.basis).toBe('projected');
    expect(view.days.filter((d) => d.name.includes('Lunar New Year')).map((d) => d.date)).toEqual(['2030-02-01', '2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07']);
    expect(view.days.find((d) => d.date === '2030-04-12')).toMatchObject({ kind: 'holiday' });
  });

  it('enters a year’s notice, republishes the calendar KV at once, and counts new deadlines on it', async () => {
    const view = await rpc.call(SetOfficialYear, { idempotencyKey: key(), actor: admin, year: 2030, body: tet2030 });
    expect(view).toMatchObject({ year: 2030, basis: 'official', source: tet2030.source });
    expect(view.days.find((d) => d.date === '2030-02-09')).toMatchObject({ kind: 'swap-workday' });

    const published = await replica<OfficialYearDecision[]>(OFFICIAL_YEARS_KEY);
    expect(published?.find((d) => d.year === 2030)?.source).toBe(tet2030.source);
    // What intake and relay build from the replica: Wed 30 Jan + 1 WD skips the break and lands on the swap Saturday.
    const calendar = createVietnamLegalCalendar(published);
    expect(calendar.addWorkingDays('2030-01-30', 1)).toBe('2030-02-07');
    expect(calendar.addWorkingDays('2030-02-08', 1)).toBe('2030-02-09');

    const deadline = await rpc.call(ComputeDeadline, {
      actor: staff('29954', 'desk-clerk'),
      body: { receivedAt: '2030-01-30T02:00:00.000Z', limit: { value: 3, unit: 'working-days' }, at: '2030-01-30T03:00:00.000Z' },
    });
    // Thu 7, Fri 8 and the swap Saturday 9 Feb are the three working days.
    expect(deadline).toEqual({ dueAt: '2030-02-09T10:00:00.000Z', status: 'not-yet-due', at: '2030-01-30T03:00:00.000Z' });
  });

  it('adds a province’s own days to its calendar only, and publishes them beside the official years', async () => {
    const view = await rpc.call(SetProvinceDays, {
      idempotencyKey: key(),
      actor: admin,
      year: 2026,
      body: { source: 'QĐ …/QĐ-UBND tỉnh Đồng Tháp (test)', days: [{ date: '2026-03-20', kind: 'day-off', name: 'Ngày truyền thống tỉnh' }] },
    });
    expect(view).toMatchObject({ provinceCode: '87' });
    expect(view.days.find((d) => d.date === '2026-03-20')).toMatchObject({ kind: 'provincial-day-off' });
    const provincial = await replica<ProvincialDayRecord[]>(PROVINCIAL_DAYS_KEY);
    expect(provincial).toEqual([{ provinceCode: '87', date: '2026-03-20', kind: 'day-off', name: 'Ngày truyền thống tỉnh', source: 'QĐ …/QĐ-UBND tỉnh Đồng Tháp (test)' }]);
    const national = await rpc.call(CalendarYear, { actor: admin, year: 2026 });
    expect(national.days.find((d) => d.date === '2026-03-20')).toBeUndefined();
    const inProvince = await rpc.call(ComputeDeadline, { actor: admin, body: { receivedAt: '2026-03-19T02:00:00.000Z', limit: { value: 1, unit: 'working-days' }, provinceCode: '87' } });
    expect(inProvince.dueAt).toBe('2026-03-23T10:00:00.000Z');
  });

  it('refuses bad decisions with the field at fault, and non-administrators, changing nothing', async () => {
    const before = await world.query('SELECT year, decision FROM scheduling.official_years ORDER BY year');
    const outside = await refusal(rpc.call(SetOfficialYear, { idempotencyKey: key(), actor: admin, year: 2031, body: { ...tet2030, extraDaysOff: [{ date: '2030-02-01', name: 'x' }] } }));
    expect(outside.status).toBe(400);
    expect(outside.fields).toEqual(expect.arrayContaining([{ field: 'statutoryHolidays[0].date', reason: 'phải là một ngày của năm 2031' }, { field: 'swapWorkdays[0].date', reason: 'phải là một ngày của năm 2031' }]));
    const swap = await refusal(rpc.call(SetOfficialYear, { idempotencyKey: key(), actor: admin, year: 2030, body: { ...tet2030, swapWorkdays: [{ date: '2030-02-08', name: 'Fri' }] } }));
    expect(swap).toMatchObject({ status: 400, fields: [{ field: 'swapWorkdays', reason: '2030-02-08 không phải ngày nghỉ hằng tuần nên không thể là ngày làm bù' }] });
    const badDay = await refusal(rpc.call(SetOfficialYear, { idempotencyKey: key(), actor: admin, year: 2030, body: { ...tet2030, extraDaysOff: [{ date: '2030-02-30', name: 'x' }] } }));
    expect(badDay).toMatchObject({ status: 400, fields: [{ field: 'body.extraDaysOff.0.date' }] });
    const clerk = await refusal(rpc.call(SetOfficialYear, { idempotencyKey: key(), actor: staff('29954', 'unit-admin'), year: 2030, body: tet2030 }));
    expect(clerk.status).toBe(403);
    const notProvince = await refusal(
      rpc.call(SetProvinceDays, { idempotencyKey: key(), actor: staff('869', 'province-admin'), year: 2026, body: { source: 'x x x', days: [] } }),
    );
    expect(notProvince.status).toBe(403);
    // The national official year is not changed from a district or a commune, whatever role the account holds.
    for (const unitCode of ['869', '29972']) {
      const fromBelow = await refusal(rpc.call(SetOfficialYear, { idempotencyKey: key(), actor: staff(unitCode, 'province-admin'), year: 2030, body: tet2030 }));
      expect(fromBelow).toMatchObject({ status: 403, code: 'forbidden', message: expect.stringContaining('tỉnh') });
    }
    expect(await world.query('SELECT year, decision FROM scheduling.official_years ORDER BY year')).toEqual(before);
  });

  it('answers a retried command with the same result, once', async () => {
    const idempotencyKey = key();
    const first = await rpc.call(SetOfficialYear, { idempotencyKey, actor: admin, year: 2031, body: { ...tet2030, source: 'retry test', statutoryHolidays: [], extraDaysOff: [], swapWorkdays: [] } });
    const again = await rpc.call(SetOfficialYear, { idempotencyKey, actor: admin, year: 2031, body: { ...tet2030, source: 'retry test', statutoryHolidays: [], extraDaysOff: [], swapWorkdays: [] } });
    expect(again).toEqual(first);
    const reused = await refusal(rpc.call(SetOfficialYear, { idempotencyKey, actor: admin, year: 2031, body: { ...tet2030, source: 'another', statutoryHolidays: [], extraDaysOff: [], swapWorkdays: [] } }));
    expect(reused).toMatchObject({ status: 409, code: 'idempotency_key_reused' });
  });
});
