import 'reflect-metadata';
import { CALENDAR_BUCKET, DossierRouted, PROVINCIAL_DAYS_KEY } from '@motcua/contracts';
import { openBucket } from '@motcua/messaging';
import { eventually, ServiceEnvironment } from '@motcua/service-testing';
import { createVietnamLegalCalendar, vietnamDayOf, vietnamInstant, type ProvincialDay } from '@motcua/working-days';
import { messageIdOf, routed } from '../__tests__/relay-fixture';
import { relayService } from '../relay.service';

/** A province's own day off, published by scheduling, moves the offices' deadlines of that province only. */
describe('relay: deadlines count the province’s own days off', () => {
  const world = new ServiceEnvironment(relayService);
  const national = createVietnamLegalCalendar();
  const today = vietnamDayOf(new Date());
  // Appointment 3 working days ahead; the office must finish 1 working day before it.
  const appointmentDay = national.addWorkingDays(today, 3);
  const officeDay = national.addWorkingDays(appointmentDay, -1);

  beforeAll(async () => {
    await world.setUp();
    const dayOff: ProvincialDay = { provinceCode: '82', date: officeDay, kind: 'day-off', name: 'Ngày nghỉ của tỉnh (thử nghiệm)', source: 'test' };
    const kv = await openBucket(world.nc, world.config(), CALENDAR_BUCKET);
    await kv.put(PROVINCIAL_DAYS_KEY, JSON.stringify([dayOff]));
    await world.start({ RELAY_ALERT_SWEEP_MS: '0' });
  });
  afterAll(() => world.tearDown());

  const dueOf = async (dossierCode: string) =>
    (await eventually(async () => (await world.query(`SELECT due_at FROM relay.transfers WHERE dossier_code = $1`, [dossierCode]))[0], (r) => r !== undefined)).due_at as Date;

  it('moves the deadline of a transfer of that province before its day off', async () => {
    const appointmentAt = vietnamInstant(appointmentDay, '17:00').toISOString();
    const inProvince = routed({ appointmentAt, provinceCode: '82' });
    const elsewhere = routed({ appointmentAt, provinceCode: '91' });
    await world.publish(DossierRouted, inProvince, messageIdOf(inProvince));
    await world.publish(DossierRouted, elsewhere, messageIdOf(elsewhere));
    expect(vietnamDayOf(await dueOf(elsewhere.dossierCode))).toBe(officeDay);
    expect(vietnamDayOf(await dueOf(inProvince.dossierCode))).toBe(national.addWorkingDays(officeDay, -1));
  });
});
