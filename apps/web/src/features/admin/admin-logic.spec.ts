import { byMonth, namedDaysFrom, officialYearDraft, provinceDaysFrom, codeList, emptySessionForm, grantableRoles, importPayload, importProblems, mayManage, rosterFrom, sessionBody, sessionFormOf, themeInputs, weekdayIndex } from './admin-logic';

describe('admin: roles an administrator may grant', () => {
  it('a unit administrator: the unit roles only, never province-wide ones', () => {
    expect(grantableRoles(['unit-admin'])).toEqual(['desk-clerk', 'after-hours-clerk', 'office-handler', 'office-head', 'unit-admin']);
    expect(grantableRoles(['unit-admin'])).not.toContain('province-admin');
    expect(grantableRoles(['province-admin'])).toContain('auditor');
    expect(grantableRoles(['desk-clerk'])).toEqual([]);
  });

  it('a unit administrator manages accounts of their unit without province-wide roles', () => {
    expect(mayManage(['unit-admin'], '29972', { unitCode: '29972', roles: ['desk-clerk'] })).toBe(true);
    expect(mayManage(['unit-admin'], '29972', { unitCode: '29972', roles: ['auditor'] })).toBe(false);
    expect(mayManage(['unit-admin'], '29972', { unitCode: '30010', roles: ['desk-clerk'] })).toBe(false);
    expect(mayManage(['province-admin'], '82', { unitCode: '30010', roles: ['auditor'] })).toBe(true);
  });
});

describe('admin: catalogue import', () => {
  it('names each problem by row and field, whichever way the gateway spells it, in row order', () => {
    const problems = importProblems([
      { field: 'row 5.documents', reason: 'thiếu mã giấy tờ' },
      { field: 'procedures.1.timeLimit.value', reason: 'value must not be less than 0' },
      { field: 'procedures[0].code', reason: 'trùng mã' },
      { field: 'line 1', reason: 'không đọc được CSV' },
      { field: 'csv', reason: 'trống' },
    ]);
    expect(problems.map((p) => [p.row, p.rowNumber, p.field])).toEqual([
      ['', null, 'csv'],
      ['procedures[0]', 1, 'code'],
      ['line 1', 1, ''],
      ['procedures[1]', 2, 'timeLimit.value'],
      ['row 5', 5, 'documents'],
    ]);
  });

  it('reads JSON (the export, or a bare list) and CSV; refuses JSON that is not a catalogue', () => {
    expect(importPayload('x.json', '{"on":null,"procedures":[{"code":"1.000001"}],"bundles":[]}')).toEqual({
      format: 'json',
      body: { procedures: [{ code: '1.000001' }], bundles: [] },
    });
    expect(importPayload('list.txt', ' [{"code":"1"}]')).toEqual({ format: 'json', body: { procedures: [{ code: '1' }] } });
    expect(importPayload('c.csv', '\uFEFFcode,name\n1.000001,A')).toEqual({ format: 'csv', body: { csv: '\uFEFFcode,name\n1.000001,A' } });
    expect(importPayload('c.json', '{"procedures": 3}')).toEqual({ error: 'json-invalid' });
    expect(importPayload('c.json', '{oops')).toEqual({ error: 'json-invalid' });
    expect(importPayload('c.csv', '  \n')).toEqual({ error: 'empty' });
  });
});

describe('admin: sessions and theme days', () => {
  it('builds the session body from the form, leaving optional fields out when empty', () => {
    const form = { ...emptySessionForm('2026-11-21'), name: ' Phiên tối thứ Năm ', weekdays: ['thursday' as const], onDaysOff: false, start: '17:00', end: '19:30' };
    form.roster = 'afterhours.sarai | tiếp nhận\n\n  clerk.x|trả kết quả | buổi tối ';
    form.eligibleProcedures = '1.000656, 1.000894\n1.000656';
    form.bookingWindowDays = '';
    expect(sessionBody('29954', form)).toEqual({
      unitCode: '29954',
      name: 'Phiên tối thứ Năm',
      weekdays: ['thursday'],
      onDaysOff: false,
      start: '17:00',
      end: '19:30',
      validFrom: '2026-11-21',
      slotMinutes: 30,
      slotCapacity: 3,
      perPersonDailyLimit: 1,
      eligibleProcedures: ['1.000656', '1.000894'],
      roster: [
        { staffId: 'afterhours.sarai', duty: 'tiếp nhận' },
        { staffId: 'clerk.x', duty: 'trả kết quả | buổi tối' },
      ],
    });
  });

  it('sends a number that is not a number as null, for the gateway to name the field', () => {
    const body = sessionBody('1', { ...emptySessionForm('2026-01-01'), slotCapacity: 'ba' });
    expect(JSON.parse(JSON.stringify(body)).slotCapacity).toBeNull();
  });

  it('a saved session comes back into the form as it was', () => {
    const record = {
      id: 'a',
      version: 2,
      ...sessionBody('29954', { ...emptySessionForm('2026-11-21'), name: 'Sáng thứ Bảy', roster: 'a | b', closedOn: '2026-12-26' }),
      validTo: null,
      closedOn: ['2026-12-26'],
      eligibleProcedures: null,
      bookingWindowDays: 14,
      perPersonDailyLimit: 1,
    };
    const back = sessionBody('29954', sessionFormOf(record));
    expect(back).toEqual({ ...sessionBody('29954', { ...emptySessionForm('2026-11-21'), name: 'Sáng thứ Bảy', roster: 'a | b' }), closedOn: ['2026-12-26'] });
  });

  it('turns theme day records back into inputs without nulls', () => {
    expect(
      themeInputs([{ id: 'x', unitCode: '1', theme: 'no-writing', weekdays: ['thursday'], validFrom: '2021-01-01', validTo: null, procedures: null }]),
    ).toEqual([{ theme: 'no-writing', weekdays: ['thursday'], validFrom: '2021-01-01' }]);
  });

  it('parses codes and rosters forgivingly', () => {
    expect(codeList(' ')).toBeUndefined();
    expect(codeList('a;b c,a')).toEqual(['a', 'b', 'c']);
    expect(rosterFrom('x')).toEqual([{ staffId: 'x', duty: '' }]);
  });
});

describe('admin: calendar', () => {
  it('groups days by month in date order and knows the Vietnamese week', () => {
    const m = byMonth([
      { date: '2026-02-17', name: 'Tết' },
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      { date: '2026-02-16', name: 'Tết' },
    ]);
    expect([...m.keys()]).toEqual([1, 2]);
    expect(m.get(2)!.map((d) => d.date)).toEqual(['2026-02-16', '2026-02-17']);
    expect(weekdayIndex('2026-11-23')).toBe(0);
    expect(weekdayIndex('2026-11-22')).toBe(6);
  });
});

describe('admin: the official year and province days as typed', () => {
  it('reads days one a line and drafts the notice from the calendar shown', () => {
    expect(namedDaysFrom('2026-02-16 | Tết Nguyên đán\n\n2026-04-26|Giỗ Tổ')).toEqual([
      { date: '2026-02-16', name: 'Tết Nguyên đán' },
      { date: '2026-04-26', name: 'Giỗ Tổ' },
    ]);
    expect(provinceDaysFrom('2026-12-26 | day-off | Ngày truyền thống tỉnh')).toEqual([{ date: '2026-12-26', kind: 'day-off', name: 'Ngày truyền thống tỉnh' }]);
    const draft = officialYearDraft([
      { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
      { date: '2026-02-16', kind: 'official-day-off', name: 'Tết' },
      { date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ' },
      { date: '2026-04-27', kind: 'compensatory', name: 'Nghỉ bù' },
      { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh (liền kề)' },
      { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh' },
      { date: '2026-01-10', kind: 'swap-workday', name: 'Làm bù' },
    ]);
    expect(draft).toEqual({
      statutoryHolidays: '2026-04-26 | Giỗ Tổ\n2026-09-01 | Quốc khánh (liền kề)',
      extraDaysOff: '2026-02-16 | Tết',
      swapWorkdays: '2026-01-10 | Làm bù',
    });
  });
});
