import {
  DossierHandedOver,
  DossierReceived,
  DossierRegisterRpc,
  DossierResolved,
  DossierRouted,
  DossierStatisticsRpc,
  lookupFactorHash,
  procedureKey,
  RateDossier,
  REFERENCE_BUCKET,
  ResultReady,
  ServiceIndicatorsRpc,
  TransferSent,
  unitKey,
  type ProcedureRecord,
  type StaffActor,
  type UnitRecord,
} from '@motcua/contracts';
import { openBucket } from '@motcua/messaging';
import { TransactionRunner } from '@motcua/persistence';
import { eventuallyTruthy as eventually, startServiceUnderTest, type ServiceUnderTest } from '@motcua/service-testing';
import { hiepXuong2020 } from '../__tests__/hiep-xuong-2020';
import { MARCH_2020 } from '../__tests__/march-2020';
import { contributionsOf } from '../counters/contributions';
import { MEASURES } from '../counters/measures';
import type { FactChange } from '../dossier-facts/fact-changes';
import { FactStore } from '../dossier-facts/fact-store';
import { figuresFromRow } from '../dossier-facts/figures-row';
import { trackingService } from '../tracking.service';

const unit = (code: string, name: string, type: UnitRecord['type'], parentCode: string | null): UnitRecord => ({
  code,
  name,
  type,
  parentCode,
  agencyCode: `000.00.${code}.H01`,
  deskName: `Bộ phận Một cửa ${name}`,
  validFrom: '2019-01-01',
  validTo: null,
});
const UNITS = [
  unit('89', 'Tỉnh An Giang', 'province', null),
  unit('888', 'Huyện Phú Tân', 'district', '89'),
  unit('30385', 'Xã Hiệp Xương', 'commune', '888'),
  unit('30388', 'Xã Phú Bình', 'commune', '888'),
  unit('887', 'Thị xã Tân Châu', 'town', '89'),
  unit('30337', 'Phường Long Sơn', 'ward', '887'),
];
const procedure = (code: string, name: string, field: string): ProcedureRecord => ({
  code,
  name,
  field,
  competence: 'receiving-unit',
  timeLimit: { value: 3, unit: 'working-days' },
  documents: [],
  feeVnd: 0,
  validFrom: '2019-01-01',
  validTo: null,
});
const PROCEDURES = [
  procedure('1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch'),
  procedure('2.000635', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch'),
  procedure('2.000908', 'Cấp giấy phép xây dựng', 'Xây dựng'),
];

const actor = (unitCode: string, ...roles: StaffActor['roles']): StaffActor => ({ staffId: `staff-${unitCode}`, unitCode, roles });
const PROVINCE_ADMIN = actor('89', 'province-admin');

/** Deterministic shuffle, so a failure replays. */
function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('statistics, indicators, register and ratings (in-process, real Postgres and NATS)', () => {
  let svc: ServiceUnderTest;
  let applyChange: (code: string, change: FactChange) => Promise<void>;

  beforeAll(async () => {
    svc = await startServiceUnderTest(trackingService, { DB_POOL_SIZE: '3' });
    const kv = await openBucket(svc.nc, svc.running.config, REFERENCE_BUCKET);
    for (const u of UNITS) await kv.put(unitKey(u.code), JSON.stringify(u));
    for (const p of PROCEDURES) await kv.put(procedureKey(p.code), JSON.stringify(p));
    const runner = svc.running.app.get(TransactionRunner);
    const facts = svc.running.app.get(FactStore);
    // The same path an event takes after its inbox claim, without NATS: thousands of changes in seconds.
    applyChange = (code, change) => runner.run(async (uow) => void (await facts.apply(uow.manager, code, change)));
    // The replica follows the bucket: wait until it knows the last unit and procedure written.
    await eventually(async () => {
      const report = await svc.rpc.call(DossierStatisticsRpc, { actor: actor('30337', 'office-head'), from: '2020-01-01', to: '2020-01-31' });
      expect(report.unit.name).toBe('Phường Long Sơn');
    });
  });

  afterAll(async () => {
    await svc?.close();
  });

  /** Counters recomputed from scratch from every dossier's stored figures, against the incrementally kept ones. */
  async function expectCountersMatchFacts(): Promise<void> {
    const expected = new Map<string, number[]>();
    for (const row of await svc.query('SELECT * FROM tracking.dossier_facts')) {
      for (const cell of contributionsOf(figuresFromRow(row)).values()) {
        const key = [cell.grain, cell.periodStart, cell.receivingUnitCode, cell.competentUnitCode, cell.procedureCode, cell.channel, cell.timeUnit].join('|');
        const sums = expected.get(key) ?? MEASURES.map(() => 0);
        MEASURES.forEach((m, i) => (sums[i] = Math.round((sums[i] + cell.measures[m]) * 100) / 100));
        expected.set(key, sums);
      }
    }
    const actual = new Map<string, number[]>();
    for (const row of await svc.query(`SELECT *, to_char(period_start, 'YYYY-MM-DD') AS day FROM tracking.stat_cells`)) {
      const sums = MEASURES.map((m) => Number(row[m]));
      if (sums.every((n) => n === 0)) continue;
      actual.set([row.grain, row.day, row.receiving_unit_code, row.competent_unit_code, row.procedure_code, row.channel, row.time_unit].join('|'), sums);
    }
    expect(actual).toEqual(expected);
  }

  describe('the constructed month (March 2020) fed in a shuffled order with replays', () => {
    beforeAll(async () => {
      // At the neighbouring commune, so the seed's year below has Hiệp Xương to itself.
      const atPhuBinh = (change: FactChange): FactChange =>
        change.kind === 'received' ? { ...change, reception: { ...change.reception, receivingUnitCode: '30388' } } : change;
      const changes = Object.values(MARCH_2020).flatMap((life, i) => {
        const code = `000.85.88.H01-200301-${String(100 + i).padStart(4, '0')}`;
        return life.map(atPhuBinh).flatMap((change) => [
          { code, change },
          { code, change },
        ]);
      });
      for (const { code, change } of shuffled(changes, 42)) await applyChange(code, change);
    });

    it('gives the known answers from the SQL counters and the open-dossier index', async () => {
      const report = await svc.rpc.call(DossierStatisticsRpc, { actor: PROVINCE_ADMIN, from: '2020-03-01', to: '2020-03-31' });
      expect(report).toMatchObject({ unit: { code: '89', name: 'Tỉnh An Giang' }, perspective: 'competent', asOf: '2020-03-31T17:00:00.000Z' });
      expect(report.total).toMatchObject({
        received: 15,
        carriedOver: 1,
        toProcess: 16,
        resolved: { total: 9, early: 3, onTime: 2, late: 4 },
        inProgress: { total: 5, late: 2, nearLate: 1, notYetDue: 2 },
        withdrawn: 1,
        refused: 1,
        awaitingCollection: 6,
        lateRate: 43.75,
        onTimeRate: 56.25,
        afterHours: 1,
        instantDay: 1,
        supplementRequests: 4,
        delays: 1,
        averageResolutionTime: [
          { unit: 'same-day', value: 0, dossiers: 1 },
          { unit: 'working-days', value: 3.13, dossiers: 8 },
        ],
      });
      await expectCountersMatchFacts();
    });

    it('reads a 15th-to-14th period from day cells and whole months from month cells alike', async () => {
      const split = await svc.rpc.call(DossierStatisticsRpc, { actor: PROVINCE_ADMIN, from: '2020-02-15', to: '2020-04-14' });
      const [feb, mar, apr] = await Promise.all(
        [
          ['2020-02-15', '2020-02-29'],
          ['2020-03-01', '2020-03-31'],
          ['2020-04-01', '2020-04-14'],
        ].map(([from, to]) => svc.rpc.call(DossierStatisticsRpc, { actor: PROVINCE_ADMIN, from, to })),
      );
      expect(split.total.received).toBe(feb.total.received + mar.total.received + apr.total.received);
      expect(split.total.resolved.late).toBe(feb.total.resolved.late + mar.total.resolved.late + apr.total.resolved.late);
      expect(split.total.carriedOver).toBe(feb.total.carriedOver);
    });

    it('answers a month or week series in one call, each row what a report of its days alone gives', async () => {
      for (const [groupBy, from, to] of [
        ['month', '2020-02-15', '2020-04-14'],
        ['week', '2020-02-24', '2020-04-08'],
      ] as const) {
        const series = await svc.rpc.call(DossierStatisticsRpc, { actor: PROVINCE_ADMIN, from, to, groupBy });
        const whole = await svc.rpc.call(DossierStatisticsRpc, { actor: PROVINCE_ADMIN, from, to });
        expect(series.groupBy).toBe(groupBy);
        expect(series.rows[0].from).toBe(from);
        expect(series.rows.at(-1)!.to).toBe(to);
        const alone = await Promise.all(series.rows.map((row) => svc.rpc.call(DossierStatisticsRpc, { actor: PROVINCE_ADMIN, from: row.from!, to: row.to! })));
        series.rows.forEach((row, i) => {
          const { key, label: _label, from: _from, to: _to, ...figures } = row;
          expect({ key, figures }).toEqual({ key, figures: alone[i].total });
        });
        expect(series.total).toEqual(whole.total);
        expect(series.rows.reduce((n, row) => n + row.received, 0)).toBe(whole.total.received);
      }
      const months = await svc.rpc.call(DossierStatisticsRpc, { actor: PROVINCE_ADMIN, from: '2020-02-15', to: '2020-04-14', groupBy: 'month' });
      expect(months.rows.map((r) => [r.key, r.label, r.from, r.to])).toEqual([
        ['2020-02', 'Tháng 02/2020', '2020-02-15', '2020-02-29'],
        ['2020-03', 'Tháng 03/2020', '2020-03-01', '2020-03-31'],
        ['2020-04', 'Tháng 04/2020', '2020-04-01', '2020-04-14'],
      ]);
      expect(months.rows[1]).toMatchObject({ received: 15, carriedOver: 1, resolved: { early: 3, onTime: 2, late: 4 } });
      const weeks = await svc.rpc.call(DossierStatisticsRpc, { actor: PROVINCE_ADMIN, from: '2020-03-01', to: '2020-03-31', groupBy: 'week' });
      expect(weeks.rows.map((r) => r.key)).toEqual(['2020-W09', '2020-W10', '2020-W11', '2020-W12', '2020-W13', '2020-W14']);
      expect(weeks.rows[0]).toMatchObject({ from: '2020-03-01', to: '2020-03-01' });
      await expect(svc.rpc.call(DossierStatisticsRpc, { actor: PROVINCE_ADMIN, from: '2020-03-01', to: '2020-03-31', groupBy: 'year' as never })).rejects.toMatchObject({
        status: 400,
        fields: [{ field: 'groupBy' }],
      });
    });

    it('lists the procedures of the period with a procedure breakdown, whatever procedure filter is applied', async () => {
      const q = { actor: PROVINCE_ADMIN, from: '2020-03-01', to: '2020-03-31', groupBy: 'procedure' as const };
      const all = await svc.rpc.call(DossierStatisticsRpc, q);
      const expected = [
        { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
        { code: '2.000635', name: 'Cấp bản sao trích lục hộ tịch' },
      ];
      expect(all.procedures).toEqual(expected);
      const one = await svc.rpc.call(DossierStatisticsRpc, { ...q, procedureCode: '2.000635' });
      expect(one.rows.map((r) => r.key)).toEqual(['2.000635']);
      expect(one.procedures).toEqual(expected);
      expect((await svc.rpc.call(DossierStatisticsRpc, { ...q, field: 'Xây dựng' })).procedures).toEqual(expected);
      expect((await svc.rpc.call(DossierStatisticsRpc, { ...q, groupBy: 'channel' })).procedures).toBeUndefined();
    });

    it('groups by channel, field and by the units under the root, and filters', async () => {
      const q = { actor: PROVINCE_ADMIN, from: '2020-03-01', to: '2020-03-31' };
      const byChannel = await svc.rpc.call(DossierStatisticsRpc, { ...q, groupBy: 'channel' });
      expect(byChannel.rows.map((r) => [r.label, r.received])).toEqual([
        ['Điểm hỗ trợ tại thôn, ấp', 1],
        ['Trực tiếp tại Bộ phận Một cửa', 13],
        ['Trực tuyến', 1],
      ]);
      const byField = await svc.rpc.call(DossierStatisticsRpc, { ...q, groupBy: 'field' });
      expect(byField.rows.map((r) => [r.key, r.received])).toEqual([['Hộ tịch', 15]]);
      const byUnit = await svc.rpc.call(DossierStatisticsRpc, { ...q, groupBy: 'unit' });
      expect(byUnit.rows.map((r) => [r.key, r.label, r.toProcess])).toEqual([['888', 'Huyện Phú Tân', 16]]);
      const online = await svc.rpc.call(DossierStatisticsRpc, { ...q, channel: 'online' });
      expect(online.total.received).toBe(1);
      const extracts = await svc.rpc.call(DossierStatisticsRpc, { ...q, procedureCode: '2.000635' });
      expect(extracts.total).toMatchObject({ received: 1, afterHours: 1, resolved: { early: 1 } });
      const building = await svc.rpc.call(DossierStatisticsRpc, { ...q, field: 'Xây dựng' });
      expect(building.total.toProcess).toBe(0);
    });

    it('computes the 766 indicators from the same data', async () => {
      const result = await svc.rpc.call(ServiceIndicatorsRpc, { actor: PROVINCE_ADMIN, from: '2020-03-01', to: '2020-03-31' });
      const byCode = Object.fromEntries(result.indicators.map((i) => [i.code, i]));
      expect(byCode['2.1']).toMatchObject({ value: 56.25, numerator: 9, denominator: 16 });
      expect(byCode['3.3']).toMatchObject({ value: 13.33, numerator: 2, denominator: 15 });
      expect(byCode['5.c']).toMatchObject({ value: 45.45, numerator: 5, denominator: 11 });
      expect(result.averageResolutionTime).toEqual([
        { procedureCode: '1.004873', unit: 'working-days', value: 3.13, dossiers: 8 },
        { procedureCode: '2.000635', unit: 'same-day', value: 0, dossiers: 1 },
      ]);
    });

    it('keeps reports to the units a supervisor oversees', async () => {
      const q = { from: '2020-03-01', to: '2020-03-31' };
      await expect(svc.rpc.call(DossierStatisticsRpc, { ...q, actor: actor('30385', 'desk-clerk') })).rejects.toMatchObject({ status: 403 });
      await expect(svc.rpc.call(DossierStatisticsRpc, { ...q, actor: actor('887', 'office-head'), unitCode: '888' })).rejects.toMatchObject({ status: 403 });
      await expect(svc.rpc.call(DossierStatisticsRpc, { ...q, actor: actor('89', 'auditor'), unitCode: '12345' })).rejects.toMatchObject({ status: 404 });
      const district = await svc.rpc.call(DossierStatisticsRpc, { ...q, actor: actor('888', 'office-head') });
      expect(district.total.received).toBe(15);
      await expect(svc.rpc.call(DossierStatisticsRpc, { ...q, actor: PROVINCE_ADMIN, to: '2020-02-30' })).rejects.toMatchObject({
        status: 400,
        fields: [{ field: 'to' }],
      });
    });
  });

  it("reproduces the seed's 1,286 cases: 1,003 on time, 283 early", async () => {
    const lives = hiepXuong2020();
    await Promise.all(
      [0, 1, 2].map(async (worker) => {
        for (let i = worker; i < lives.length; i += 3) {
          for (const change of lives[i]) await applyChange(`000.85.88.H01-201231-${String(i + 1).padStart(4, '0')}`, { ...change });
        }
      }),
    );
    const report = await svc.rpc.call(DossierStatisticsRpc, { actor: actor('30385', 'office-head'), from: '2020-01-01', to: '2020-12-31' });
    expect(report.total).toMatchObject({
      received: 1286,
      resolved: { total: 1286, early: 283, onTime: 1003, late: 0 },
      inProgress: { total: 0 },
      onTimeRate: 100,
      averageResolutionTime: [{ unit: 'working-days', value: 2.56, dossiers: 1286 }],
    });
    await expectCountersMatchFacts();
  }, 120_000);

  describe('a dossier fed through NATS: register, perspectives and rating', () => {
    const code = '000.72.69.H20-251120-0777';
    const transferId = '0b6f1f8e-2d9a-4c55-9b1e-5a7c3d2e1f00';

    beforeAll(async () => {
      const kv = await openBucket(svc.nc, svc.running.config, REFERENCE_BUCKET);
      await kv.put(unitKey('87'), JSON.stringify(unit('87', 'Tỉnh Đồng Tháp', 'province', null)));
      await kv.put(unitKey('869'), JSON.stringify(unit('869', 'Huyện Tân Hồng', 'district', '87')));
      await kv.put(unitKey('29972'), JSON.stringify(unit('29972', 'Xã Tân Phước', 'commune', '869')));
      const events: Array<[any, object]> = [
        [
          DossierReceived,
          {
            dossierCode: code,
            procedureCode: '2.000908',
            procedureName: 'Cấp giấy phép xây dựng',
            receivingUnitCode: '29972',
            channel: 'counter',
            resultDelivery: 'desk',
            receivedAt: '2025-11-20T01:30:00.000Z',
            appointmentAt: '2025-12-04T10:00:00.000Z',
            timeLimit: { value: 10, unit: 'working-days' },
            contact: { phone: '0912345678' },
            lookupFactors: [lookupFactorHash(code, '5678')],
          },
        ],
        [
          DossierRouted,
          {
            dossierCode: code,
            procedureCode: '2.000908',
            receivingUnitCode: '29972',
            competentUnitCode: '869',
            mode: 'relay',
            receivedAt: '2025-11-20T01:30:00.000Z',
            appointmentAt: '2025-12-04T10:00:00.000Z',
            legs: [{ fromUnitCode: '29972', toUnitCode: '869', direction: 'forward', budgetWorkingDays: 9 }],
          },
        ],
        [TransferSent, { transferId, dossierCode: code, fromUnitCode: '29972', toUnitCode: '869', sentAt: '2025-11-20T03:00:00.000Z', dueAt: '2025-12-03T10:00:00.000Z' }],
        [DossierResolved, { transferId, dossierCode: code, unitCode: '869', staffId: 'h1', resultRef: '123/GPXD', resolvedAt: '2025-12-01T08:00:00.000Z', timeliness: 'early' }],
        [ResultReady, { dossierCode: code, receivingUnitCode: '29972', collectAt: 'Bộ phận Một cửa xã Tân Phước', resultDelivery: 'desk', readyAt: '2025-12-02T01:00:00.000Z' }],
      ];
      for (const [contract, payload] of events) await svc.publish(contract, payload as never, `${code}:${contract.subject}`);
      await eventually(async () => {
        const [row] = await svc.query('SELECT fact FROM tracking.dossier_facts WHERE dossier_code = $1', [code]);
        expect(row?.fact?.resultReadyAt).toBeDefined();
        expect(row?.fact?.competentUnitCode).toBe('869');
        expect(row?.fact?.reception).toBeDefined();
      });
    });

    it('counts it at the competent district or at the receiving commune, as asked', async () => {
      const q = { actor: actor('87', 'province-admin'), from: '2025-11-01', to: '2025-12-31', groupBy: 'unit' as const };
      const competent = await svc.rpc.call(DossierStatisticsRpc, q);
      expect(competent.rows.map((r) => [r.key, r.resolved.early])).toEqual([['869', 1]]);
      const commune = await svc.rpc.call(DossierStatisticsRpc, { ...q, unitCode: '869', perspective: 'receiving' });
      expect(commune.rows.map((r) => [r.key, r.label, r.resolved.early, r.awaitingCollection])).toEqual([['29972', 'Xã Tân Phước', 1, 1]]);
    });

    it("lists it in the commune desk's register, without personal columns", async () => {
      const register = await svc.rpc.call(DossierRegisterRpc, { actor: actor('29972', 'desk-clerk'), from: '2025-11-01', to: '2025-11-30' });
      expect(register).toMatchObject({ desk: { code: '29972', name: 'Xã Tân Phước' }, total: 1, page: 1 });
      expect(register.items).toEqual([
        {
          number: 1,
          dossierCode: code,
          procedureCode: '2.000908',
          procedureName: 'Cấp giấy phép xây dựng',
          leadAgency: { code: '869', name: 'Huyện Tân Hồng' },
          receivedAt: '2025-11-20T01:30:00.000Z',
          appointmentAt: '2025-12-04T10:00:00.000Z',
          transferredAt: '2025-11-20T03:00:00.000Z',
          resultReceivedAt: '2025-12-02T01:00:00.000Z',
          returnedAt: null,
          note: 'Giải quyết trước hạn; chưa trả kết quả',
        },
      ]);
      expect(JSON.stringify(register)).not.toMatch(/0912345678/);
      await expect(svc.rpc.call(DossierRegisterRpc, { actor: actor('869', 'office-handler'), unitCode: '29972', from: '2025-11-01', to: '2025-11-30' })).rejects.toMatchObject({
        status: 403,
      });
    });

    it('takes one rating per dossier, after the hand-over, from whoever holds the second factor', async () => {
      const rate = (rating: 'satisfied' | 'dissatisfied', secondFactor = '5678') => svc.rpc.call(RateDossier, { dossierCode: code, body: { secondFactor, rating } });
      await expect(rate('dissatisfied')).rejects.toMatchObject({ status: 422, code: 'not_handed_over' });
      await svc.publish(
        DossierHandedOver,
        { dossierCode: code, receivingUnitCode: '29972', method: 'desk', staffId: 'c1', handedOverAt: '2025-12-03T02:30:00.000Z' },
        `${code}:handed-over`,
      );
      await eventually(async () => expect((await svc.query('SELECT status FROM tracking.dossiers WHERE dossier_code = $1', [code]))[0].status).toBe('handed-over'));
      await expect(rate('dissatisfied', '0000')).rejects.toMatchObject({ status: 404 });
      const first = await rate('dissatisfied');
      expect(first).toMatchObject({ dossierCode: code, rating: 'dissatisfied' });
      expect(await rate('dissatisfied')).toEqual(first);
      await expect(rate('satisfied')).rejects.toMatchObject({ status: 409, code: 'already_rated' });

      const result = await svc.rpc.call(ServiceIndicatorsRpc, { actor: actor('869', 'office-head'), from: '2025-12-01', to: '2025-12-31' });
      expect(result.indicators.find((i) => i.code === '5.c')).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
      await expectCountersMatchFacts();
    });
  });
});
