import type { ProcedureRecord, UnitScheduleRecord } from '@motcua/contracts';
import { createVietnamLegalCalendar } from '@motcua/working-days';
import { instantProblem, instantTiming } from './instant-eligibility';

const certification: ProcedureRecord = {
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính',
  field: 'Chứng thực',
  competence: 'receiving-unit',
  timeLimit: { value: 0, unit: 'same-day' },
  documents: [],
  feeVnd: 2000,
  validFrom: '2019-01-01',
  validTo: null,
};
const schedule = (procedures: string[] | null): UnitScheduleRecord => ({
  unitCode: '29972',
  deskHours: { windows: [] },
  sessions: [],
  themeDays: [{ id: 't1', unitCode: '29972', theme: 'no-appointment', weekdays: ['wednesday'], validFrom: '2026-01-01', validTo: null, procedures }],
  updatedAt: '2026-11-01T00:00:00Z',
});
const wednesday = new Date('2026-11-18T02:00:00Z'); // 09:00 in Vietnam
const thursday = new Date('2026-11-19T02:00:00Z');
const calendar = createVietnamLegalCalendar();
const ask = (over: Partial<Parameters<typeof instantProblem>[0]> = {}) =>
  instantProblem({ procedure: certification, schedule: schedule(null), channel: 'counter', resultDelivery: 'desk', at: wednesday, calendar, ...over });

describe('no-appointment day: may the desk resolve on the spot?', () => {
  it('yes on the unit’s no-appointment day, for its own procedure, at the counter', () => {
    expect(ask()).toBeNull();
    expect(ask({ schedule: schedule(['2.000815']) })).toBeNull();
  });

  it('no on another day, or without a schedule', () => {
    expect(ask({ at: thursday })).toEqual({ field: 'instant', reason: 'Hôm nay không phải ngày không hẹn của đơn vị' });
    expect(ask({ schedule: undefined })?.field).toBe('instant');
  });

  it('no for a procedure the day does not list, or one decided above the unit', () => {
    expect(ask({ schedule: schedule(['1.004873']) })?.reason).toContain('không áp dụng ngày không hẹn');
    expect(ask({ procedure: { ...certification, competence: 'district-above-receiving-unit' } })?.reason).toContain('không thuộc thẩm quyền');
  });

  it('no unless handed in and collected at the counter', () => {
    expect(ask({ channel: 'online' })?.field).toBe('channel');
    expect(ask({ resultDelivery: 'post' })?.field).toBe('resultDelivery');
  });

  it('counts a result given before the appointment day as early, on it as on time', () => {
    expect(instantTiming(wednesday, new Date('2026-11-20T10:00:00Z'))).toBe('early');
    expect(instantTiming(wednesday, new Date('2026-11-18T10:00:00Z'))).toBe('on-time');
  });
});
