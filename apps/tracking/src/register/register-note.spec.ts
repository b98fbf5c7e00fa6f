import { registerNote, vietnamDate, type RegisterLine } from './register-note';

const due = new Date('2020-03-05T10:00:00Z');
const line = (overrides: Partial<RegisterLine> = {}): RegisterLine => ({
  endKind: null,
  endClass: null,
  appointmentAt: due,
  dueAt: due,
  pausedSince: null,
  supplementRequests: 0,
  delayedTo: null,
  resolvedAt: null,
  handedOverAt: null,
  ...overrides,
});
const before = new Date('2020-03-04T00:00:00Z');
const after = new Date('2020-03-06T00:00:00Z');

describe('the register notes column', () => {
  it('says how the dossier ended against its appointment', () => {
    const handed = { resolvedAt: before, handedOverAt: before };
    expect(registerNote(line({ endKind: 'resolved', endClass: 'early', ...handed }), after)).toBe('Giải quyết trước hạn');
    expect(registerNote(line({ endKind: 'resolved', endClass: 'late', resolvedAt: after }), after)).toBe('Giải quyết quá hạn; chưa trả kết quả');
    expect(registerNote(line({ endKind: 'refused', endClass: 'early' }), after)).toBe('Từ chối giải quyết');
    expect(registerNote(line({ endKind: 'withdrawn', endClass: 'late' }), after)).toBe('Công dân rút hồ sơ');
  });

  it('says where an open dossier stands, with supplements and delays', () => {
    expect(registerNote(line(), before)).toBe('Đang giải quyết');
    expect(registerNote(line(), after)).toBe('Đang giải quyết, đã quá hạn');
    expect(registerNote(line({ pausedSince: before, supplementRequests: 1 }), after)).toBe('Chờ công dân bổ sung hồ sơ; yêu cầu bổ sung 1 lần');
    expect(registerNote(line({ supplementRequests: 1, dueAt: new Date('2020-03-12T10:00:00Z') }), after)).toBe(
      'Đang giải quyết; yêu cầu bổ sung 1 lần; hẹn trả mới 12/03/2020',
    );
    expect(registerNote(line({ delayedTo: new Date('2020-03-10T10:00:00Z') }), after)).toBe('Đang giải quyết, đã quá hạn; đã xin lỗi, hẹn lại 10/03/2020');
  });

  it('writes dates as dd/mm/yyyy in Vietnam time', () => {
    expect(vietnamDate(new Date('2020-03-04T17:30:00Z'))).toBe('05/03/2020');
  });
});
