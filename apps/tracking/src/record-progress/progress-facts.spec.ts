import type { DossierReceivedV1 } from '@motcua/contracts';
import { progressFacts } from './progress-facts';

const code = '000.72.69.H20-251120-0001';

describe('progressFacts', () => {
  it('takes the reception details but never the citizen contact', () => {
    const received: DossierReceivedV1 = {
      dossierCode: code,
      procedureCode: '2.000908',
      procedureName: 'Chứng thực bản sao từ bản chính',
      receivingUnitCode: '29972',
      channel: 'counter',
      resultDelivery: 'desk',
      receivedAt: '2025-11-20T01:30:00.000Z',
      appointmentAt: '2025-11-25T09:00:00.000Z',
      timeLimit: { value: 3, unit: 'working-days' },
      contact: { phone: '0912345678', email: 'an@example.vn' },
    };
    const fact = progressFacts.received(received);
    expect(fact).toMatchObject({
      status: 'received',
      at: received.receivedAt,
      unitCode: '29972',
      description: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa',
      units: ['29972'],
    });
    expect(JSON.stringify(fact)).not.toMatch(/0912345678|an@example\.vn/);
  });

  it('describes each step in plain Vietnamese', () => {
    const transferId = '4b7a6c1e-8f5d-4c1a-9d2e-1f3a5b7c9d0e';
    expect(
      progressFacts.transferSent({ transferId, dossierCode: code, fromUnitCode: '29972', toUnitCode: '869', sentAt: '2025-11-20T02:00:00Z', dueAt: '2025-11-24T10:00:00Z' }),
    ).toMatchObject({ status: 'transferred', unitCode: '29972', description: 'Chuyển hồ sơ lên 869', units: ['29972', '869'] });
    expect(
      progressFacts.resolved({ transferId, dossierCode: code, unitCode: '869', staffId: 's', resultRef: 'QĐ-1', resolvedAt: '2025-11-21T02:00:00Z', timeliness: 'early' }).description,
    ).toBe('Đã giải quyết, có kết quả (trước hạn)');
    expect(
      progressFacts.handedOver({ dossierCode: code, receivingUnitCode: '29972', method: 'desk', staffId: 's', handedOverAt: '2025-11-24T02:00:00Z' }).description,
    ).toBe('Đã trả kết quả cho công dân (tại Bộ phận Một cửa)');
  });

  it('lets the competent unit read a routed dossier, and places the routing right at the reception time', () => {
    const fact = progressFacts.routed({
      dossierCode: code,
      procedureCode: '2.000908',
      receivingUnitCode: '29972',
      competentUnitCode: '869',
      mode: 'relay',
      receivedAt: '2025-11-20T01:30:00.000Z',
      appointmentAt: '2025-11-25T09:00:00.000Z',
      legs: [{ fromUnitCode: '29972', toUnitCode: '869', direction: 'forward', budgetWorkingDays: 2 }],
    });
    expect(fact).toMatchObject({ status: 'routed', at: '2025-11-20T01:30:00.000Z', units: ['29972', '869'] });
    expect(fact.description).toBe('Xác định cơ quan có thẩm quyền giải quyết: 869');
  });

  it('shows a desk as the place to collect, but never a home or postal address', () => {
    const ready = { dossierCode: code, receivingUnitCode: '29972', readyAt: '2025-11-23T02:00:00Z' };
    expect(progressFacts.resultReady({ ...ready, resultDelivery: 'desk', collectAt: 'Bộ phận Một cửa xã Tân Phước' }).collectAt).toBe(
      'Bộ phận Một cửa xã Tân Phước',
    );
    expect(progressFacts.resultReady({ ...ready, resultDelivery: 'home', collectAt: 'Số 12, ấp Tân Lập' }).collectAt).toBe(
      'Kết quả được trả tại nhà',
    );
  });
});
