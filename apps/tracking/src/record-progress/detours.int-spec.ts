import {
  DossierDelayed,
  DossierHandedOver,
  DossierReceived,
  DossierRefused,
  DossierResolved,
  DossierStatisticsRpc,
  DossierStatusRpc,
  DossierSupplemented,
  DossierTimelineRpc,
  DossierWithdrawn,
  lookupFactorHash,
  OutreachCoverageRpc,
  OutreachVisitRecorded,
  REFERENCE_BUCKET,
  ResultSentBack,
  SupplementRequested,
  unitKey,
  type EventContract,
  type StaffActor,
} from '@motcua/contracts';
import { openBucket } from '@motcua/messaging';
import { startServiceUnderTest, type ServiceUnderTest } from '@motcua/service-testing';
import { vn } from '../__tests__/dossiers';
import { trackingService } from '../tracking.service';

const COMMUNE = '30385';
const DISTRICT = '888';
const transferId = '5a1c7e2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d';
const auditor: StaffActor = { staffId: 'a', unitCode: '89', roles: ['auditor'] };

let sequence = 0;
const newCode = () => `000.85.88.H01-200302-${String(3000 + ++sequence)}`;

const received = (dossierCode: string) => ({
  dossierCode,
  procedureCode: '1.004873',
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  receivingUnitCode: COMMUNE,
  channel: 'counter' as const,
  resultDelivery: 'desk' as const,
  receivedAt: vn('2020-03-02', '09:00'),
  appointmentAt: vn('2020-03-05', '17:00'),
  timeLimit: { value: 3, unit: 'working-days' as const },
  contact: { phone: '0912345678' },
  lookupFactors: [lookupFactorHash(dossierCode, '5678')],
});
const supplementRequested = (dossierCode: string, requestNumber: number, day: string) => ({
  transferId,
  dossierCode,
  unitCode: COMMUNE,
  receivingUnitCode: COMMUNE,
  items: [{ name: 'Bản sao giấy khai sinh', reason: 'Thiếu bản sao' }],
  requestNumber,
  requestedAt: vn(day, '10:00'),
});
const supplemented = (dossierCode: string, day: string, newDue: string) => ({
  dossierCode,
  receivingUnitCode: COMMUNE,
  supplementedAt: vn(day, '09:00'),
  newAppointmentAt: vn(newDue, '17:00'),
});
const resolved = (dossierCode: string, day: string) => ({
  transferId,
  dossierCode,
  unitCode: COMMUNE,
  staffId: 'h1',
  resultRef: 'XN-1',
  resolvedAt: vn(day, '10:00'),
  timeliness: 'early' as const,
});

describe('supplements, delays, refusals and outreach through NATS', () => {
  let svc: ServiceUnderTest;
  const outcome = async (code: string) => (await svc.query('SELECT end_class, due_at, paused_since FROM tracking.dossier_facts WHERE dossier_code = $1', [code]))[0];

  async function feed(code: string, events: Array<[EventContract<any>, object]>): Promise<void> {
    for (const [contract, payload] of events) {
      const { seq } = await svc.publish(contract, payload, `${code}:${contract.subject}:${JSON.stringify(payload).length}:${Math.random()}`);
      await svc.consumed(contract, seq);
    }
  }

  beforeAll(async () => {
    svc = await startServiceUnderTest(trackingService, { DB_POOL_SIZE: '3' });
    const kv = await openBucket(svc.nc, svc.running.config, REFERENCE_BUCKET);
    for (const [code, name, parent] of [
      ['89', 'Tỉnh An Giang', null],
      [DISTRICT, 'Huyện Phú Tân', '89'],
      [COMMUNE, 'Xã Hiệp Xương', DISTRICT],
    ] as const) {
      await kv.put(unitKey(code), JSON.stringify({ code, name, type: 'commune', parentCode: parent, agencyCode: 'x', deskName: 'x', validFrom: '2019-01-01', validTo: null }));
    }
  });

  afterAll(async () => {
    await svc?.close();
  });

  it('restarts the count after a supplement: on time by the new appointment, shown to the public', async () => {
    const code = newCode();
    await feed(code, [
      [DossierReceived, received(code)],
      [SupplementRequested, supplementRequested(code, 1, '2020-03-03')],
    ]);
    const waiting = await svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '5678' });
    expect(waiting).toMatchObject({ status: 'supplement-requested', statusText: expect.stringMatching(/cần bổ sung/) });

    await feed(code, [
      [DossierSupplemented, supplemented(code, '2020-03-09', '2020-03-12')],
      [DossierResolved, resolved(code, '2020-03-11')],
    ]);
    expect(await outcome(code)).toMatchObject({ end_class: 'early', paused_since: null });
    expect((await svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '5678' })).appointmentAt).toBe(vn('2020-03-12', '17:00'));
    const { entries } = await svc.rpc.call(DossierTimelineRpc, { actor: auditor, dossierCode: code });
    expect(entries.map((e) => e.description)).toEqual([
      'Tiếp nhận hồ sơ tại Bộ phận Một cửa',
      'Yêu cầu bổ sung, hoàn thiện hồ sơ (lần 1); tạm dừng tính thời gian giải quyết',
      'Công dân đã bổ sung hồ sơ; thời gian giải quyết tính lại, hẹn trả ngày 12/03/2020',
      'Đã giải quyết, có kết quả (trước hạn)',
    ]);
  });

  it('counts a second supplement request as late, whatever the order the events arrive in', async () => {
    const code = newCode();
    await feed(code, [
      [DossierResolved, resolved(code, '2020-03-10')],
      [SupplementRequested, supplementRequested(code, 2, '2020-03-06')],
      [DossierSupplemented, supplemented(code, '2020-03-09', '2020-03-12')],
      [DossierReceived, received(code)],
      [SupplementRequested, supplementRequested(code, 1, '2020-03-03')],
      [DossierSupplemented, supplemented(code, '2020-03-04', '2020-03-09')],
    ]);
    expect(await outcome(code)).toMatchObject({ end_class: 'late' });
  });

  it('keeps a delayed dossier late, shows the new date, and counts the apology', async () => {
    const code = newCode();
    await feed(code, [
      [DossierReceived, received(code)],
      [
        DossierDelayed,
        {
          transferId,
          dossierCode: code,
          unitCode: COMMUNE,
          receivingUnitCode: COMMUNE,
          staffId: 'h1',
          reason: 'Cần xác minh thêm',
          previousAppointmentAt: vn('2020-03-05', '17:00'),
          newAppointmentAt: vn('2020-03-10', '17:00'),
          declaredAt: vn('2020-03-04', '15:00'),
        },
      ],
    ]);
    expect((await svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '5678' })).appointmentAt).toBe(vn('2020-03-10', '17:00'));
    await feed(code, [[DossierResolved, resolved(code, '2020-03-09')]]);
    expect(await outcome(code)).toMatchObject({ end_class: 'late' });
    const { entries } = await svc.rpc.call(DossierTimelineRpc, { actor: auditor, dossierCode: code });
    expect(entries[1].description).toBe('Xin lỗi và hẹn lại ngày trả kết quả: 10/03/2020 (hẹn cũ 05/03/2020)');
    expect(JSON.stringify(entries)).not.toContain('xác minh');
  });

  it('ends a refused dossier at the refusal and tells the public plainly', async () => {
    const code = newCode();
    await feed(code, [
      [DossierReceived, received(code)],
      [DossierRefused, { transferId, dossierCode: code, unitCode: COMMUNE, staffId: 'h1', reasons: ['Không thuộc thẩm quyền'], refusedAt: vn('2020-03-04', '10:00') }],
      [
        ResultSentBack,
        { transferId, dossierCode: code, fromUnitCode: COMMUNE, toUnitCode: COMMUNE, resultRef: 'TC-1', summary: 'Từ chối', sentAt: vn('2020-03-04', '11:00'), outcome: 'refused' },
      ],
    ]);
    expect(await svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '5678' })).toMatchObject({ status: 'refused' });
    await feed(code, [[DossierHandedOver, { dossierCode: code, receivingUnitCode: COMMUNE, method: 'desk', staffId: 'c1', handedOverAt: vn('2020-03-05', '09:00') }]]);
    expect(await svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '5678' })).toMatchObject({
      status: 'handed-over',
      statusText: 'Đã trả văn bản trả lời cho ông/bà.',
    });

    const march = await svc.rpc.call(DossierStatisticsRpc, { actor: auditor, unitCode: COMMUNE, from: '2020-03-01', to: '2020-03-31' });
    expect(march.total).toMatchObject({ received: 4, refused: 1, supplementRequests: 3, delays: 1, resolved: { total: 3, early: 1, late: 2 } });
  });

  it('follows outreach campaign coverage from the visits, whatever their order', async () => {
    const visit = (completed: number, minute: number, outcome: 'completed' | 'not-home', campaignName?: string) => ({
      campaignId: 'c-hoa-thuan-2019',
      ...(campaignName ? { campaignName } : {}),
      unitCode: COMMUNE,
      outcome,
      visitedAt: new Date(Date.UTC(2019, 9, 1, 2, minute)).toISOString(),
      targets: 3522,
      completed,
    });
    await feed('campaign', [
      // The latest visit names the campaign as it is now; an earlier one its former name; the first predates names.
      [OutreachVisitRecorded, visit(3522, 30, 'completed', 'Đăng ký lại khai sinh tại nhà 2019')],
      [OutreachVisitRecorded, visit(3521, 20, 'completed', 'Đăng ký lại khai sinh')],
      [OutreachVisitRecorded, visit(3520, 10, 'not-home')],
    ]);
    const coverage = await svc.rpc.call(OutreachCoverageRpc, { actor: { staffId: 'x', unitCode: DISTRICT, roles: ['office-head'] } });
    expect(coverage.campaigns).toEqual([
      {
        campaignId: 'c-hoa-thuan-2019',
        name: 'Đăng ký lại khai sinh tại nhà 2019',
        unit: { code: COMMUNE, name: 'Xã Hiệp Xương' },
        targets: 3522,
        completed: 3522,
        coveragePercent: 100,
        visits: { completed: 2, 'not-home': 1 },
        lastVisitAt: '2019-10-01T02:30:00.000Z',
      },
    ]);
  });

  it('tells the public a dossier withdrawn at the citizen’s request was withdrawn', async () => {
    const code = newCode();
    await feed(code, [
      [DossierReceived, received(code)],
      [DossierWithdrawn, { dossierCode: code, receivingUnitCode: COMMUNE, staffId: 'c1', withdrawnAt: vn('2020-03-03', '10:00') }],
    ]);
    expect(await svc.rpc.call(DossierStatusRpc, { dossierCode: code, secondFactor: '5678' })).toMatchObject({
      dossierCode: code,
      status: 'withdrawn',
      statusText: 'Đã rút hồ sơ theo yêu cầu của công dân; hồ sơ dừng giải quyết.',
    });
  });
});
