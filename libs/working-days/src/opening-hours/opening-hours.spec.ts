import { createVietnamLegalCalendar } from '../calendar/vietnam-calendar';
import { vietnamInstant } from '../time/vietnam-time';
import { decideAfterHoursReception } from './after-hours-reception';
import { describeOpeningDay } from './opening-day';
import { SessionRule, ThemeDayRule } from './schedule-types';
import { isHeldOn, nextOccurrence, occurrencesBetween, slotsOf, takesProcedure } from './sessions';

const calendar = createVietnamLegalCalendar();
const at = (day: string, time: string) => vietnamInstant(day, time);

const session = (over: Partial<SessionRule>): SessionRule => ({
  id: 's',
  unitCode: '29954',
  name: 'Tiếp nhận ngoài giờ',
  weekdays: [],
  onDaysOff: false,
  start: '07:30',
  end: '11:30',
  validFrom: '2020-10-01',
  validTo: null,
  eligibleProcedures: null,
  slotMinutes: 30,
  slotCapacity: 4,
  ...over,
});

// Sa Rài (seed 002): Saturday, Sunday, holidays and Tết, same-day commune procedures.
const weekend = session({ id: 'weekend', name: 'Thứ Bảy, Chủ nhật, ngày lễ, Tết', weekdays: ['saturday', 'sunday'], onDaysOff: true });
const evening = session({ id: 'evening', name: 'Buổi tối', weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '17:00', end: '19:00', eligibleProcedures: ['2.000815'] });
// Hiệp Xương (seed 003): Volunteer Saturday, not on a holiday.
const volunteer = session({ id: 'volunteer', unitCode: '30385', name: 'Ngày thứ Bảy tình nguyện', weekdays: ['saturday'] });

const birth = { code: '1.001193', timeLimit: { unit: 'same-day' } };
const maritalStatus = { code: '1.004873', timeLimit: { unit: 'working-days' } };
const certifyCopy = { code: '2.000815', timeLimit: { unit: 'same-day' } };

describe('after-hours sessions', () => {
  it('holds a weekend/holiday session on Saturdays, Sundays, holidays and every Tết day, and not on ordinary weekdays', () => {
    expect(isHeldOn(weekend, '2026-03-07', calendar)).toBe(true); // Sat
    expect(isHeldOn(weekend, '2026-03-09', calendar)).toBe(false); // Mon
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) expect(isHeldOn(weekend, day, calendar)).toBe(true); // Tết
    expect(isHeldOn(weekend, '2026-04-27', calendar)).toBe(true); // compensatory Monday
    expect(isHeldOn(weekend, '2026-09-01', calendar)).toBe(true);
  });

  it('holds a weekday-evening session on working weekdays only', () => {
    expect(isHeldOn(evening, '2026-03-10', calendar)).toBe(true);
    expect(isHeldOn(evening, '2026-04-30', calendar)).toBe(false); // Thu, holiday
    expect(isHeldOn(evening, '2026-03-07', calendar)).toBe(false);
  });

  it('holds a Volunteer Saturday on Saturdays, but not on a holiday Saturday without onDaysOff', () => {
    expect(isHeldOn(volunteer, '2026-03-07', calendar)).toBe(true);
    expect(isHeldOn(volunteer, '2026-05-02', calendar)).toBe(true); // an ordinary Saturday after 1 May
    expect(isHeldOn(volunteer, '2027-05-01', calendar)).toBe(false); // 1 May on a Saturday
  });

  it('respects validity and closed days', () => {
    const closedOnTet = { ...weekend, closedOn: ['2026-02-17'] };
    expect(isHeldOn(closedOnTet, '2026-02-17', calendar)).toBe(false);
    expect(isHeldOn(weekend, '2020-09-26', calendar)).toBe(false); // before 1 Oct 2020
  });

  it('takes same-day procedures by default, the catalogue flag when set, and its own list when it has one', () => {
    expect(takesProcedure(weekend, birth)).toBe(true);
    expect(takesProcedure(weekend, maritalStatus)).toBe(false);
    expect(takesProcedure(weekend, { ...maritalStatus, afterHoursEligible: true })).toBe(true);
    expect(takesProcedure(weekend, { ...birth, afterHoursEligible: false })).toBe(false);
    expect(takesProcedure(evening, certifyCopy)).toBe(true);
    expect(takesProcedure(evening, birth)).toBe(false);
  });

  it('lists occurrences in time order and cuts them into slots', () => {
    const list = occurrencesBetween([weekend, evening], '2026-03-06', '2026-03-09', calendar);
    expect(list.map((o) => [o.sessionId, o.date])).toEqual([
      ['evening', '2026-03-06'],
      ['weekend', '2026-03-07'],
      ['weekend', '2026-03-08'],
      ['evening', '2026-03-09'],
    ]);
    const slots = slotsOf(weekend, list[1]);
    expect(slots).toHaveLength(8);
    expect(slots[0]).toEqual({ start: at('2026-03-07', '07:30'), end: at('2026-03-07', '08:00') });
    expect(slots.at(-1)!.end).toEqual(at('2026-03-07', '11:30'));
  });

  it('finds the next occurrence still running or to come', () => {
    expect(nextOccurrence([weekend], at('2026-03-07', '09:00'), calendar)?.startsAt).toEqual(at('2026-03-07', '07:30'));
    expect(nextOccurrence([weekend], at('2026-03-07', '12:00'), calendar)?.date).toBe('2026-03-08');
    expect(nextOccurrence([weekend], at('2026-03-09', '09:00'), calendar)?.date).toBe('2026-03-14');
  });
});

describe('decideAfterHoursReception', () => {
  it('accepts an eligible procedure inside an open session', () => {
    expect(decideAfterHoursReception([weekend], birth, at('2026-03-07', '08:00'), calendar)).toMatchObject({ accepted: true, session: { sessionId: 'weekend', date: '2026-03-07' } });
  });

  it('accepts on a Tết day', () => {
    expect(decideAfterHoursReception([weekend], birth, at('2026-02-17', '10:00'), calendar).accepted).toBe(true);
  });

  it('refuses outside a session, with the next session', () => {
    const decision = decideAfterHoursReception([weekend], birth, at('2026-03-07', '13:00'), calendar);
    expect(decision).toMatchObject({ accepted: false, reason: 'closed', next: { date: '2026-03-08', startsAt: at('2026-03-08', '07:30') } });
  });

  it('refuses an ineligible procedure in an open session, with the next session that would take it', () => {
    const decision = decideAfterHoursReception([weekend, evening], certifyCopy, at('2026-03-07', '08:00'), calendar);
    expect(decision.accepted).toBe(true);
    const refused = decideAfterHoursReception([weekend, evening], birth, at('2026-03-09', '17:30'), calendar);
    expect(refused).toMatchObject({ accepted: false, reason: 'not-eligible', openSession: { sessionId: 'evening' }, next: { sessionId: 'weekend', date: '2026-03-14' } });
    const never = decideAfterHoursReception([weekend, evening], maritalStatus, at('2026-03-07', '08:00'), calendar);
    expect(never).toMatchObject({ accepted: false, reason: 'not-eligible' });
    expect(never.accepted === false && never.next).toBeUndefined();
  });

  it('refuses at a unit without sessions', () => {
    expect(decideAfterHoursReception([], birth, at('2026-03-07', '08:00'), calendar)).toEqual({ accepted: false, reason: 'no-sessions' });
  });
});

describe('the opening-hours calendar beside the legal calendar', () => {
  const themes: ThemeDayRule[] = [
    { id: 't1', unitCode: '30001', theme: 'no-writing', weekdays: ['thursday'], validFrom: '2021-01-01', validTo: null, procedures: null },
    { id: 't2', unitCode: '30001', theme: 'online-paperless', weekdays: ['wednesday'], validFrom: '2021-01-01', validTo: null, procedures: null },
  ];
  const setup = { deskHours: { windows: [{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }] }, sessions: [weekend], themeDays: themes };

  it('a Saturday counter is open, but Saturday is not a working day for deadlines', () => {
    const saturday = describeOpeningDay(setup, '2026-03-07', calendar);
    expect(saturday.legal).toMatchObject({ working: false, kind: 'weekly-rest' });
    expect(saturday.deskWindows).toEqual([]);
    expect(saturday.sessions.map((s) => s.sessionId)).toEqual(['weekend']);
  });

  it('a working Thursday has the desk open and its theme; a holiday Thursday has neither', () => {
    const thursday = describeOpeningDay(setup, '2026-03-12', calendar);
    expect(thursday.deskWindows).toHaveLength(2);
    expect(thursday.themes).toEqual([{ theme: 'no-writing', procedures: null }]);
    const holiday = describeOpeningDay(setup, '2026-04-30', calendar);
    expect(holiday.deskWindows).toEqual([]);
    expect(holiday.themes).toEqual([]);
    expect(holiday.sessions).toHaveLength(1);
    expect(describeOpeningDay(setup, '2026-03-11', calendar).themes).toEqual([{ theme: 'online-paperless', procedures: null }]);
  });
});
