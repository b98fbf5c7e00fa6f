import { EMPTY_FIELDS, letterFacts, withCorrections } from './apology';
import { letterDate, vnDate, vnDateTime, vnShort } from './dates';
import type { TransferView } from './types';

const transfer: TransferView = {
  transferId: 't-1',
  dossierCode: '000.72.69.H20-260304-0001',
  procedureCode: '2.001458',
  fromUnitCode: '29972',
  toUnitCode: '869',
  status: 'acknowledged',
  sentAt: '2026-03-02T01:05:00.000Z',
  dueAt: '2026-03-19T10:00:00.000Z',
  acknowledgedAt: '2026-03-02T02:00:00.000Z',
  resolvedAt: null,
  resultRef: null,
  assignedTo: null,
  version: 4,
  supplementCount: 0,
  delayed: true,
  paperDueAt: null,
  paperSentAt: null,
  timeliness: 'not-yet-due',
  receivedAt: '2026-03-02T01:00:00.000Z',
  appointmentAt: '2026-03-20T09:30:00.000Z',
  procedureName: 'Đăng ký biến động quyền sử dụng đất',
  receivingUnitName: 'Xã Tân Phước',
  officeName: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng',
  delay: {
    reason: 'Chờ kết quả đo đạc',
    declaredAt: '2026-03-04T03:00:00.000Z',
    declaredBy: 'u-1',
    previousAppointmentAt: '2026-03-16T10:00:00.000Z',
    newAppointmentAt: '2026-03-20T09:30:00.000Z',
  },
};

describe('form 04, the apology letter', () => {
  it('takes every fact from the transfer: reception, old and new appointments, reason, names', () => {
    expect(letterFacts(transfer)).toEqual({
      dossierCode: transfer.dossierCode,
      procedure: 'Đăng ký biến động quyền sử dụng đất (mã 2.001458)',
      receivingUnit: 'Xã Tân Phước',
      office: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng',
      receivedAt: '2026-03-02T01:00:00.000Z',
      previousAppointmentAt: '2026-03-16T10:00:00.000Z',
      newAppointmentAt: '2026-03-20T09:30:00.000Z',
      reason: 'Chờ kết quả đo đạc',
      declaredAt: '2026-03-04T03:00:00.000Z',
    });
  });

  it('falls back to codes for names relay did not know, and to blanks before an apology', () => {
    const facts = letterFacts({ ...transfer, procedureName: null, receivingUnitName: null, officeName: null, delay: null, receivedAt: null });
    expect(facts).toMatchObject({ procedure: 'mã 2.001458', receivingUnit: 'đơn vị 29972', office: 'Cơ quan giải quyết (mã 869)', receivedAt: null, previousAppointmentAt: null, newAppointmentAt: null, reason: '' });
  });

  it('prints the handler’s corrections over relay’s facts, a blank correction keeping relay’s', () => {
    const facts = letterFacts(transfer);
    expect(withCorrections(facts, EMPTY_FIELDS)).toMatchObject({ agency: facts.office, reason: 'Chờ kết quả đo đạc' });
    expect(withCorrections(facts, { ...EMPTY_FIELDS, agencyName: '  ', reason: '' })).toMatchObject({ agency: facts.office, reason: 'Chờ kết quả đo đạc' });
    expect(withCorrections(facts, { ...EMPTY_FIELDS, agencyName: 'UBND xã', reason: 'Chờ ý kiến cơ quan thuế' })).toMatchObject({ agency: 'UBND xã', reason: 'Chờ ý kiến cơ quan thuế' });
  });

  it('writes dates in Vietnam time, as the forms do', () => {
    expect(vnDate('2026-03-04T17:30:00Z')).toBe('05/03/2026');
    expect(vnDateTime('2026-03-20T16:30:00+07:00')).toBe('16 giờ 30 phút, ngày 20/03/2026');
    expect(letterDate('2026-03-04T03:00:00.000Z')).toBe('ngày 04 tháng 03 năm 2026');
    expect(vnShort('2026-03-04T03:05:00.000Z')).toBe('04/03/2026 10:05');
  });
});
