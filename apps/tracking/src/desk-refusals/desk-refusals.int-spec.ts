import { randomUUID } from 'node:crypto';
import {
  DossierReceived,
  DossierRefusedAtDesk,
  DossierStatisticsRpc,
  lookupFactorHash,
  REFERENCE_BUCKET,
  unitKey,
  type DossierRefusedAtDeskV1,
  type StaffActor,
} from '@motcua/contracts';
import { openBucket } from '@motcua/messaging';
import { startServiceUnderTest, type ServiceUnderTest } from '@motcua/service-testing';
import { vn } from '../__tests__/dossiers';
import { trackingService } from '../tracking.service';

const COMMUNE = '30385';
const auditor: StaffActor = { staffId: 'a', unitCode: '89', roles: ['auditor'] };

describe('refusals at the desk (form 03) through NATS', () => {
  let svc: ServiceUnderTest;

  beforeAll(async () => {
    svc = await startServiceUnderTest(trackingService, { DB_POOL_SIZE: '3' });
    const kv = await openBucket(svc.nc, svc.running.config, REFERENCE_BUCKET);
    for (const [code, name, parent] of [
      ['89', 'Tỉnh An Giang', null],
      ['888', 'Huyện Phú Tân', '89'],
      [COMMUNE, 'Xã Hiệp Xương', '888'],
    ] as const) {
      await kv.put(unitKey(code), JSON.stringify({ code, name, type: 'commune', parentCode: parent, agencyCode: 'x', deskName: 'x', validFrom: '2019-01-01', validTo: null }));
    }
  });

  afterAll(async () => {
    await svc?.close();
  });

  const refusal: DossierRefusedAtDeskV1 = {
    refusalId: randomUUID(),
    number: 'TC-200303-0001',
    receivingUnitCode: COMMUNE,
    procedureCode: '1.004873',
    procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    timeLimit: { value: 3, unit: 'working-days' },
    channel: 'counter',
    reasonCount: 2,
    staffId: 'clerk.30385',
    refusedAt: vn('2020-03-03', '16:00'),
  };

  it('counts a refusal once, apart from received dossiers: not received, not ended, not late, no timeline', async () => {
    const code = '000.85.88.H01-200302-5001';
    const received = {
      dossierCode: code,
      procedureCode: '1.004873',
      procedureName: refusal.procedureName,
      receivingUnitCode: COMMUNE,
      channel: 'counter' as const,
      resultDelivery: 'desk' as const,
      receivedAt: vn('2020-03-02', '09:00'),
      appointmentAt: vn('2020-03-05', '17:00'),
      timeLimit: { value: 3, unit: 'working-days' as const },
      contact: { phone: '0912345678' },
      lookupFactors: [lookupFactorHash(code, '5678')],
    };
    const first = await svc.publish(DossierReceived, received, `received-${code}`);
    await svc.consumed(DossierReceived, first.seq);
    const before = await svc.rpc.call(DossierStatisticsRpc, { actor: auditor, unitCode: COMMUNE, from: '2020-03-01', to: '2020-03-31' });

    // The same refusal twice under two message ids (a re-publication), and the first message again (a redelivery).
    for (const messageId of ['refusal-1', 'refusal-2', 'refusal-1']) {
      const { seq, duplicate } = await svc.publish(DossierRefusedAtDesk, refusal, messageId);
      if (!duplicate) await svc.consumed(DossierRefusedAtDesk, seq);
    }
    const after = await svc.rpc.call(DossierStatisticsRpc, { actor: auditor, unitCode: COMMUNE, from: '2020-03-01', to: '2020-03-31' });
    expect(after.total.refusedAtDesk).toBe(1);
    // Everything a received dossier moves stays where it was: the rates judge received dossiers only.
    expect({ ...after.total, refusedAtDesk: 0 }).toEqual({ ...before.total, refusedAtDesk: 0 });
    expect(after.total).toMatchObject({ received: 1, toProcess: 1, refused: 0, resolved: { total: 0 } });
    // Filed under its procedure and desk, on the day it was refused.
    const byProcedure = await svc.rpc.call(DossierStatisticsRpc, { actor: auditor, unitCode: COMMUNE, from: '2020-03-03', to: '2020-03-03', groupBy: 'procedure' });
    expect(byProcedure.rows).toEqual([expect.objectContaining({ key: '1.004873', refusedAtDesk: 1, received: 0 })]);
    expect((await svc.rpc.call(DossierStatisticsRpc, { actor: auditor, unitCode: COMMUNE, from: '2020-03-04', to: '2020-03-31' })).total.refusedAtDesk).toBe(0);
    // No dossier code, so nothing on any timeline or among the dossier facts; one row, without applicant or reasons.
    expect(await svc.query('SELECT dossier_code FROM tracking.dossier_facts')).toEqual([{ dossier_code: code }]);
    expect(await svc.query('SELECT refusal_id, number, reason_count FROM tracking.desk_refusals')).toEqual([
      { refusal_id: refusal.refusalId, number: refusal.number, reason_count: 2 },
    ]);
  });
});
