import { factsFromTimeline, loadLetter, saveLetter, type ApologyLetter } from './apology';
import { letterDate, vnDate, vnDateTime, vnShort } from './dates';

const letter: ApologyLetter = {
  transferId: 't-1',
  dossierCode: '000.72.69.H20-260304-0001',
  procedureCode: '2.001458',
  officeUnitCode: '869',
  receivingUnitCode: '29972',
  reason: 'Chờ kết quả đo đạc',
  newAppointmentAt: '2026-03-20T16:30:00+07:00',
  declaredAt: '2026-03-04T03:00:00.000Z',
  declaredBy: 'Chuyên viên xử lý',
};

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('form 04, the apology letter', () => {
  it('keeps what was declared per transfer for a reprint', () => {
    const storage = memoryStorage();
    expect(loadLetter(storage, 't-1')).toBeUndefined();
    saveLetter(storage, letter);
    expect(loadLetter(storage, 't-1')).toEqual(letter);
    expect(loadLetter(storage, 't-2')).toBeUndefined();
  });

  it('survives a storage that refuses or holds garbage', () => {
    expect(() => saveLetter({ setItem: () => { throw new Error('quota'); } }, letter)).not.toThrow();
    expect(loadLetter({ getItem: () => '{not json' }, 't-1')).toBeUndefined();
  });

  it('writes dates in Vietnam time, as the forms do', () => {
    expect(vnDate('2026-03-04T17:30:00Z')).toBe('05/03/2026');
    expect(vnDateTime('2026-03-20T16:30:00+07:00')).toBe('16 giờ 30 phút, ngày 20/03/2026');
    expect(letterDate('2026-03-04T03:00:00.000Z')).toBe('ngày 04 tháng 03 năm 2026');
    expect(vnShort('2026-03-04T03:05:00.000Z')).toBe('04/03/2026 10:05');
  });

  it('reads the reception time and the old and new appointments from the timeline', () => {
    const facts = factsFromTimeline([
      { event: 'intake.evt.dossier.received.v1', at: '2026-03-02T01:00:00.000Z', unitCode: '29972', description: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa' },
      { event: 'relay.evt.transfer.sent.v1', at: '2026-03-02T01:05:00.000Z', unitCode: '29972', description: 'Chuyển hồ sơ lên 869' },
      { event: 'relay.evt.dossier.delayed.v1', at: '2026-03-04T03:00:00.000Z', unitCode: '869', description: 'Xin lỗi và hẹn lại ngày trả kết quả: 20/03/2026 (hẹn cũ 16/03/2026)' },
    ]);
    expect(facts).toEqual({ receivedAt: '2026-03-02T01:00:00.000Z', previousAppointment: '16/03/2026', newAppointment: '20/03/2026' });
    expect(factsFromTimeline([])).toEqual({});
  });
});
