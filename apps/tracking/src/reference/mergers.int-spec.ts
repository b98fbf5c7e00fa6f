import {
  DossierReceived,
  DossierRegisterRpc,
  DossierStatisticsRpc,
  DossierTimelineRpc,
  OutreachCoverageRpc,
  OutreachVisitRecorded,
  REFERENCE_BUCKET,
  ServiceIndicatorsRpc,
  unitAliasKey,
  unitKey,
  type StaffActor,
  type UnitAlias,
  type UnitRecord,
} from '@motcua/contracts';
import { openBucket } from '@motcua/messaging';
import { eventuallyTruthy as eventually, startServiceUnderTest, type ServiceUnderTest } from '@motcua/service-testing';
import { trackingService } from '../tracking.service';

// Two-tier Đồng Tháp as routing replicates it after 1 Jul 2025: province 82 and its communes; the three-tier codes
// (province 87, commune 29969) are gone from the units and known only by their aliases.
const unit = (code: string, name: string, type: UnitRecord['type'], parentCode: string | null): UnitRecord => ({
  code,
  name,
  type,
  parentCode,
  agencyCode: `000.00.${code}.H20`,
  deskName: `Bộ phận Một cửa ${name}`,
  validFrom: '2025-07-01',
  validTo: null,
});
const UNITS = [unit('82', 'Tỉnh Đồng Tháp', 'province', null), unit('29972', 'Xã Tân Phước', 'commune', '82'), unit('91', 'Tỉnh An Giang', 'province', null), unit('30337', 'Phường Long Sơn', 'ward', '91')];
const ALIASES: UnitAlias[] = [
  { code: '87', successorCode: '82', since: '2025-07-01' },
  { code: '29969', successorCode: '29972', since: '2025-07-01' },
  { code: '89', successorCode: '91', since: '2025-07-01' },
];

const actor = (unitCode: string, ...roles: StaffActor['roles']): StaffActor => ({ staffId: `staff-${unitCode}`, unitCode, roles });
const received = (dossierCode: string, receivingUnitCode: string, receivedAt: string) => ({
  dossierCode,
  procedureCode: '1.004873',
  procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  receivingUnitCode,
  channel: 'counter',
  resultDelivery: 'desk',
  receivedAt,
  appointmentAt: new Date(Date.parse(receivedAt) + 5 * 86_400_000).toISOString(),
  timeLimit: { value: 3, unit: 'working-days' },
  contact: { phone: '0912345678' },
  lookupFactors: [],
});
const OLD = '000.69.69.H20-250520-0001';
const NEW = '000.72.69.H20-251110-0001';
const PERIOD = { from: '2025-05-01', to: '2025-11-30', perspective: 'receiving' as const };

describe('merged units (routing aliases): old accounts and old codes reach the units that took them over', () => {
  let svc: ServiceUnderTest;

  beforeAll(async () => {
    svc = await startServiceUnderTest(trackingService, { DB_POOL_SIZE: '3' });
    const kv = await openBucket(svc.nc, svc.running.config, REFERENCE_BUCKET);
    for (const u of UNITS) await kv.put(unitKey(u.code), JSON.stringify(u));
    for (const a of ALIASES) await kv.put(unitAliasKey(a.code), JSON.stringify(a));
    // Before the merger at commune 29969, after it at 29972 (which took 29969 over).
    await svc.publish(DossierReceived, received(OLD, '29969', '2025-05-20T02:00:00.000Z') as never, `${OLD}:received`);
    await svc.publish(DossierReceived, received(NEW, '29972', '2025-11-10T02:00:00.000Z') as never, `${NEW}:received`);
    await svc.publish(
      OutreachVisitRecorded,
      { campaignId: 'c-tan-phuoc', campaignName: 'Cấp căn cước tại nhà', unitCode: '29972', outcome: 'completed', visitedAt: '2025-11-12T02:00:00.000Z', targets: 4, completed: 1 },
      'c-tan-phuoc:1',
    );
    await eventually(async () => {
      expect((await svc.query('SELECT count(*)::int AS n FROM tracking.dossier_facts WHERE received_at IS NOT NULL'))[0].n).toBe(2);
      expect((await svc.query('SELECT count(*)::int AS n FROM tracking.outreach_campaigns'))[0].n).toBe(1);
      const report = await svc.rpc.call(DossierStatisticsRpc, { actor: actor('91', 'auditor'), unitCode: '30337', from: '2025-11-01', to: '2025-11-30' });
      expect(report.unit.name).toBe('Phường Long Sơn');
    });
    // The replica follows the bucket: wait for the last alias written.
    await eventually(async () => {
      const report = await svc.rpc.call(DossierStatisticsRpc, { actor: actor('89', 'province-admin'), ...PERIOD });
      expect(report.unit.code).toBe('91');
    });
  });

  afterAll(async () => {
    await svc?.close();
  });

  it("answers an account of Đồng Tháp 87 with 82's figures, its own unit by default, old codes' dossiers included", async () => {
    const own = await svc.rpc.call(DossierStatisticsRpc, { actor: actor('87', 'province-admin'), ...PERIOD, groupBy: 'unit' });
    expect(own.unit).toEqual({ code: '82', name: 'Tỉnh Đồng Tháp' });
    expect(own.total.received).toBe(2);
    expect(own.rows.map((r) => [r.key, r.received])).toEqual([['29972', 2]]);
    const commune = await svc.rpc.call(DossierStatisticsRpc, { actor: actor('87', 'office-head'), unitCode: '29972', ...PERIOD });
    expect(commune.total.received).toBe(2);
    const byOldCode = await svc.rpc.call(DossierStatisticsRpc, { actor: actor('87', 'province-admin'), unitCode: '87', ...PERIOD });
    expect(byOldCode.unit.code).toBe('82');
    const indicators = await svc.rpc.call(ServiceIndicatorsRpc, { actor: actor('87', 'province-admin'), unitCode: '29972', ...PERIOD });
    expect(indicators.unit.code).toBe('29972');
  });

  it('still refuses another province, and the merged province to an account of the other', async () => {
    await expect(svc.rpc.call(DossierStatisticsRpc, { actor: actor('87', 'province-admin'), unitCode: '30337', ...PERIOD })).rejects.toMatchObject({ status: 403 });
    await expect(svc.rpc.call(ServiceIndicatorsRpc, { actor: actor('89', 'province-admin'), unitCode: '29972', ...PERIOD })).rejects.toMatchObject({ status: 403 });
    await expect(svc.rpc.call(OutreachCoverageRpc, { actor: actor('89', 'province-admin'), unitCode: '82' })).rejects.toMatchObject({ status: 403 });
    await expect(svc.rpc.call(DossierRegisterRpc, { actor: actor('29969', 'desk-clerk'), unitCode: '30337', from: '2025-11-01', to: '2025-11-30' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(svc.rpc.call(DossierStatisticsRpc, { actor: actor('91', 'auditor'), unitCode: '12345', ...PERIOD })).rejects.toMatchObject({ status: 404 });
  });

  it("gives the outreach coverage, with the campaign's name, to the merged province's account", async () => {
    const coverage = await svc.rpc.call(OutreachCoverageRpc, { actor: actor('87', 'province-admin') });
    expect(coverage.unit.code).toBe('82');
    expect(coverage.campaigns).toEqual([expect.objectContaining({ campaignId: 'c-tan-phuoc', name: 'Cấp căn cước tại nhà', unit: { code: '29972', name: 'Xã Tân Phước' } })]);
  });

  it("lets the merged commune's desk keep its successor's register and read the dossiers of both codes", async () => {
    const register = await svc.rpc.call(DossierRegisterRpc, { actor: actor('29969', 'desk-clerk'), from: '2025-11-01', to: '2025-11-30' });
    expect(register.desk.code).toBe('29972');
    expect(register.items.map((i) => i.dossierCode)).toEqual([NEW]);
    await eventually(async () => {
      expect((await svc.rpc.call(DossierTimelineRpc, { actor: actor('29969', 'desk-clerk'), dossierCode: NEW })).dossierCode).toBe(NEW);
      expect((await svc.rpc.call(DossierTimelineRpc, { actor: actor('29972', 'desk-clerk'), dossierCode: OLD })).dossierCode).toBe(OLD);
    });
    await expect(svc.rpc.call(DossierTimelineRpc, { actor: actor('30337', 'desk-clerk'), dossierCode: OLD })).rejects.toMatchObject({ status: 403 });
  });
});
