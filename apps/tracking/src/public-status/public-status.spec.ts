import type { DossierProgressRow } from '../progress/progress-store';
import { toPublicStatus } from './public-status';

const row: DossierProgressRow = {
  dossierCode: '000.72.69.H20-251120-0001',
  status: 'result-ready',
  procedureCode: '2.000908',
  procedureName: 'Chứng thực bản sao từ bản chính',
  receivingUnitCode: '29972',
  receivedAt: new Date('2025-11-20T01:30:00Z'),
  appointmentAt: new Date('2025-11-25T09:00:00Z'),
  collectAt: 'Bộ phận Một cửa xã Tân Phước',
  updatedAt: new Date('2025-11-23T02:00:00Z'),
  lookupFactors: null,
  pausedSince: null,
  endKind: null,
  currentAppointmentAt: null,
};

describe('toPublicStatus', () => {
  it('answers in plain Vietnamese with the appointment and where to collect, and nothing else', () => {
    const status = toPublicStatus(row)!;
    expect(status).toEqual({
      dossierCode: row.dossierCode,
      procedureName: 'Chứng thực bản sao từ bản chính',
      status: 'result-ready',
      statusText: 'Đã có kết quả. Mời ông/bà đến nhận kết quả.',
      receivedAt: '2025-11-20T01:30:00.000Z',
      appointmentAt: '2025-11-25T09:00:00.000Z',
      collectAt: 'Bộ phận Một cửa xã Tân Phước',
      updatedAt: '2025-11-23T02:00:00.000Z',
    });
  });

  it('has nothing to show before the reception is known', () => {
    expect(toPublicStatus({ ...row, receivedAt: null, appointmentAt: null })).toBeUndefined();
  });

  it('shows the procedure code until the name arrives with the reception', () => {
    expect(toPublicStatus({ ...row, procedureName: null })!.procedureName).toBe('2.000908');
  });

  it('shows a dossier waiting for a supplement, with the appointment counted again afterwards', () => {
    const waiting = toPublicStatus({ ...row, status: 'acknowledged', pausedSince: new Date('2025-11-21T02:00:00Z') })!;
    expect(waiting.status).toBe('supplement-requested');
    expect(waiting.statusText).toMatch(/cần bổ sung/);
    const restarted = toPublicStatus({ ...row, status: 'acknowledged', currentAppointmentAt: new Date('2025-12-01T10:00:00Z') })!;
    expect(restarted).toMatchObject({ status: 'acknowledged', appointmentAt: '2025-12-01T10:00:00.000Z' });
  });

  it('says a refusal plainly, and when its letter has been handed over', () => {
    expect(toPublicStatus({ ...row, status: 'result-ready', endKind: 'refused' })).toMatchObject({ status: 'refused', statusText: expect.stringMatching(/không được giải quyết/) });
    expect(toPublicStatus({ ...row, status: 'handed-over', endKind: 'refused' })).toMatchObject({ status: 'handed-over', statusText: 'Đã trả văn bản trả lời cho ông/bà.' });
  });

  it('says a dossier withdrawn at the citizen’s request is withdrawn, whatever step or pause it had reached', () => {
    const withdrawn = { status: 'withdrawn', statusText: 'Đã rút hồ sơ theo yêu cầu của công dân; hồ sơ dừng giải quyết.' };
    expect(toPublicStatus({ ...row, status: 'acknowledged', endKind: 'withdrawn' })).toMatchObject(withdrawn);
    expect(toPublicStatus({ ...row, status: 'received', endKind: 'withdrawn', pausedSince: new Date('2025-11-21T02:00:00Z') })).toMatchObject(withdrawn);
  });
});
