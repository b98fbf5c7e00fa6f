import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  AvailableSlots,
  BookingCancelled,
  BookingConfirmed,
  BookingReminderDue,
  BookSlot,
  CancelBooking,
  CreateSession,
  DeskBookings,
  type BookingConfirmedV1,
  type BookSlotBody,
  type SaveSessionBody,
  type SessionRecord,
} from '@motcua/contracts';
import type { RpcClient } from '@motcua/messaging';
import { eventually, ServiceEnvironment } from '@motcua/service-testing';
import { addDays, vietnamDayOf, vietnamInstant } from '@motcua/working-days';
import { putReference, refusal, staff } from '../__tests__/reference-fixture';
import { schedulingService } from '../scheduling.service';
import { BookingReminders } from './reminders/booking-reminders';

const key = () => `book-${randomUUID()}`;
const tomorrow = () => addDays(vietnamDayOf(new Date()), 1);
const citizen = (n: number) => ({ fullName: `Công dân ${n}`, idNumber: `0871900${String(n).padStart(5, '0')}`, phone: `09${String(n).padStart(8, '0')}`, email: `cd${n}@example.vn` });

/** Every day, so tests never depend on the weekday they run on. */
const everyDay: SaveSessionBody = {
  unitCode: '29972',
  name: 'Tiếp nhận ngoài giờ (test)',
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  onDaysOff: true,
  start: '07:30',
  end: '09:30',
  validFrom: '2020-01-01',
  slotMinutes: 30,
  slotCapacity: 1,
  bookingWindowDays: 7,
  perPersonDailyLimit: 1,
  roster: [{ staffId: 'after-hours.29972', duty: 'tiếp nhận' }],
};

describe('scheduling: booking a slot of an after-hours session', () => {
  const world = new ServiceEnvironment(schedulingService);
  let rpc: RpcClient;
  let session: SessionRecord;

  beforeAll(async () => {
    await world.setUp();
    await putReference(world.nc, world.config());
    await world.start({ SCHEDULING_REPUBLISH_MS: '600000', BOOKING_REMINDER_POLL_MS: '600000', BOOKING_REMINDER_HOURS: '1', DB_POOL_SIZE: '6' });
    rpc = world.rpc();
    session = await rpc.call(CreateSession, { idempotencyKey: key(), actor: staff('29972', 'unit-admin'), body: everyDay });
  });
  afterAll(() => world.tearDown());

  const booking = (slotStart: string, n: number, over: Partial<BookSlotBody> = {}): BookSlotBody => ({
    unitCode: '29972',
    sessionId: session.id,
    date: tomorrow(),
    slotStart,
    citizen: citizen(n),
    ...over,
  });

  it('gives the last seat to exactly one of 12 concurrent requests, and refuses the others as slot_full', async () => {
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => rpc.call(BookSlot, { idempotencyKey: key(), body: booking('07:30', 100 + i) })));
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => [r.reason.status, r.reason.code])).toEqual(Array.from({ length: 11 }, () => [409, 'slot_full']));
    const slotStart = vietnamInstant(tomorrow(), '07:30');
    expect(await world.query('SELECT booked FROM scheduling.slot_loads WHERE session_id = $1 AND slot_start = $2', [session.id, slotStart])).toEqual([{ booked: 1 }]);
    expect(await world.count(`SELECT 1 FROM scheduling.bookings WHERE session_id = $1 AND slot_start = $2 AND status = 'confirmed'`, [session.id, slotStart])).toBe(1);
    expect(await world.count('SELECT 1 FROM scheduling.person_day_loads')).toBe(1);
    expect((await world.outbox(BookingConfirmed.subject)).length).toBe(1);
  });

  it('confirms a booking with a code, announces it with only the contact, and lists it for the desk', async () => {
    const view = await rpc.call(BookSlot, { idempotencyKey: key(), body: booking('08:00', 1, { procedureCode: '1.001193' }) });
    expect(view).toEqual({
      bookingCode: expect.stringMatching(/^DL-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
      status: 'confirmed',
      unitCode: '29972',
      deskName: 'Bộ phận Một cửa Xã Tân Phước',
      sessionId: session.id,
      sessionName: everyDay.name,
      slotStart: vietnamInstant(tomorrow(), '08:00').toISOString(),
      slotEnd: vietnamInstant(tomorrow(), '08:30').toISOString(),
      procedureCode: '1.001193',
    });
    const event = (await world.outbox<BookingConfirmedV1>(BookingConfirmed.subject)).find((e) => e.payload.bookingCode === view.bookingCode)!;
    expect(event.payload.contact).toEqual({ phone: citizen(1).phone, email: citizen(1).email });
    expect(JSON.stringify(event.payload)).not.toContain(citizen(1).idNumber);
    expect(JSON.stringify(event.payload)).not.toContain(citizen(1).fullName);
    // Published by the outbox relay, once.
    await eventually(() => world.streamEvents<BookingConfirmedV1>(BookingConfirmed.subject), (events) => events.some((e) => e.payload.bookingCode === view.bookingCode));
    expect((await world.streamEvents<BookingConfirmedV1>(BookingConfirmed.subject)).filter((e) => e.payload.bookingCode === view.bookingCode)).toHaveLength(1);
    // The ID number itself is not stored: only its keyed hash.
    expect(JSON.stringify(await world.query('SELECT * FROM scheduling.bookings'))).not.toContain(citizen(1).idNumber);

    const desk = await rpc.call(DeskBookings, { actor: staff('29972', 'after-hours-clerk'), date: tomorrow() });
    expect(desk.find((b) => b.bookingCode === view.bookingCode)?.citizen).toEqual({ fullName: citizen(1).fullName, phone: citizen(1).phone });
    expect((await refusal(rpc.call(DeskBookings, { actor: staff('29954', 'desk-clerk'), date: tomorrow(), unitCode: '29972' }))).status).toBe(403);
  });

  it('limits bookings per person per day, and shows what is left per slot', async () => {
    const refused = await refusal(rpc.call(BookSlot, { idempotencyKey: key(), body: booking('08:30', 1) }));
    expect(refused).toMatchObject({ status: 422, code: 'daily_limit_reached', fields: [{ field: 'citizen.idNumber' }] });
    const slots = await rpc.call(AvailableSlots, { unitCode: '29972', date: tomorrow() });
    expect(slots.sessions).toHaveLength(1);
    expect(slots.sessions[0].slots.map((s) => s.remaining)).toEqual([0, 0, 1, 1]);
    expect(slots.sessions[0].bookable).toBe(true);
  });

  it('refuses slots that do not exist, have passed, lie beyond the booking window, or procedures the session does not take', async () => {
    expect(await refusal(rpc.call(BookSlot, { idempotencyKey: key(), body: booking('07:45', 2) }))).toMatchObject({ status: 400, fields: [{ field: 'slotStart' }] });
    expect(await refusal(rpc.call(BookSlot, { idempotencyKey: key(), body: booking('07:30', 2, { date: vietnamDayOf(new Date(Date.now() - 86_400_000)) }) }))).toMatchObject({
      status: 422,
      code: 'slot_passed',
    });
    expect(await refusal(rpc.call(BookSlot, { idempotencyKey: key(), body: booking('07:30', 2, { date: addDays(tomorrow(), 10) }) }))).toMatchObject({
      status: 422,
      code: 'outside_booking_window',
    });
    expect(await refusal(rpc.call(BookSlot, { idempotencyKey: key(), body: booking('09:00', 2, { procedureCode: '1.004873' }) }))).toMatchObject({
      status: 422,
      code: 'procedure_not_eligible',
    });
    expect(await refusal(rpc.call(BookSlot, { idempotencyKey: key(), body: booking('09:00', 2, { sessionId: randomUUID() }) }))).toMatchObject({ status: 404, fields: [{ field: 'sessionId' }] });
    expect(await refusal(rpc.call(BookSlot, { idempotencyKey: key(), body: { ...booking('09:00', 2), citizen: { ...citizen(2), phone: '123' } } }))).toMatchObject({ status: 400 });
  });

  it('cancels with the code and the phone’s last 4 digits, freeing the seat; a wrong factor looks like an unknown code', async () => {
    const made = await rpc.call(BookSlot, { idempotencyKey: key(), body: booking('09:00', 3) });
    expect((await refusal(rpc.call(CancelBooking, { idempotencyKey: key(), bookingCode: made.bookingCode, body: { phoneLast4: '0000' } }))).status).toBe(404);
    const cancelled = await rpc.call(CancelBooking, { idempotencyKey: key(), bookingCode: made.bookingCode, body: { phoneLast4: citizen(3).phone.slice(-4) } });
    expect(cancelled.status).toBe('cancelled');
    expect((await refusal(rpc.call(CancelBooking, { idempotencyKey: key(), bookingCode: made.bookingCode, body: { phoneLast4: citizen(3).phone.slice(-4) } }))).code).toBe(
      'already_cancelled',
    );
    expect((await world.outbox(BookingCancelled.subject)).length).toBe(1);
    // The seat and the person's allowance are back: the same person books the same slot again.
    await rpc.call(BookSlot, { idempotencyKey: key(), body: booking('09:00', 3) });
  });

  it('answers a retried booking with the same booking, once', async () => {
    const idempotencyKey = key();
    const body = booking('08:30', 4);
    const [a, b] = await Promise.all([rpc.call(BookSlot, { idempotencyKey, body }), rpc.call(BookSlot, { idempotencyKey, body })]);
    expect(b).toEqual(a);
    expect(await world.count(`SELECT 1 FROM scheduling.bookings WHERE code = $1`, [a.bookingCode])).toBe(1);
  });

  it('announces each reminder once, when its time has come', async () => {
    const reminders = world.service!.app.get(BookingReminders);
    const before = (await world.outbox(BookingReminderDue.subject)).length;
    expect(before).toBe(0);
    const at = (time: string) => vietnamInstant(tomorrow(), time);
    expect(await reminders.sendDue(at('06:00'))).toBe(0); // lead 1 h: the 07:30 booking is due at 06:30
    expect(await reminders.sendDue(at('06:45'))).toBe(1);
    expect(await reminders.sendDue(at('06:46'))).toBe(0); // never twice
    expect(await reminders.sendDue(at('07:59'))).toBe(2); // 08:00 and 08:30
    expect(await reminders.sendDue(at('08:05'))).toBe(1); // the 09:00 booking; the cancelled one never
    const events = await world.outbox(BookingReminderDue.subject);
    expect(new Set(events.map((e) => e.payload.bookingCode)).size).toBe(4);
  });
});
