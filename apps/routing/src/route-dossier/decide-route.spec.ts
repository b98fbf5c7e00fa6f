import { canReceive, versionOn, type ProcedureRecord, type UnitRecord } from '@motcua/contracts';
import { vietnamDayOf } from '@motcua/working-days';
import { bundleOf, FIRST_TWO_TIER_DAY, LAST_THREE_TIER_DAY, procedureOn, SAMPLE_PROCEDURES, SAMPLE_UNITS, TODAY_LIKE, unitOn, unitsOn } from '../__tests__/seed-world';
import { decideBundle, decideRoute, RoutingError } from './plan-route';

const decide = (procedureCode: string, unitCode: string, day: string, subjectUnitCode?: string) =>
  decideRoute(procedureOn(procedureCode, day), unitOn(unitCode, day), unitsOn(day), day, subjectUnitCode);

const refusal = (procedureCode: string, unitCode: string, day: string, options: Parameters<typeof canReceive>[4] = {}) => {
  const result = canReceive(procedureOn(procedureCode, day), unitOn(unitCode, day), unitsOn(day), day, options);
  if (result.ok) throw new Error(`expected a refusal, got a route to ${result.addressee.code}`);
  return result;
};

describe('competent authority and route: three-tier structure (until 30 Jun 2025)', () => {
  const day = LAST_THREE_TIER_DAY;

  it('relays household business registration from Tân Phước commune to Tân Hồng district, legs from the step plan', () => {
    expect(decide('1.001612', '29972', day)).toEqual({
      procedureCode: '1.001612',
      competentUnitCode: '869',
      competentUnitName: 'Huyện Tân Hồng',
      office: { kind: 'economy', name: 'Phòng Tài chính – Kế hoạch huyện Tân Hồng' },
      mode: 'relay',
      timeLimit: { value: 3, unit: 'working-days' },
      headApprovalRequired: true,
      legs: [
        {
          fromUnitCode: '29972',
          toUnitCode: '869',
          direction: 'forward',
          budgetWorkingDays: 2,
          steps: [
            { name: 'Tiếp nhận, số hóa và chuyển hồ sơ trong ngày', budgetWorkingDays: 0 },
            { name: 'Phòng Tài chính – Kế hoạch thẩm định, lãnh đạo phòng ký Giấy chứng nhận đăng ký hộ kinh doanh', budgetWorkingDays: 2 },
          ],
        },
        { fromUnitCode: '869', toUnitCode: '29972', direction: 'return', budgetWorkingDays: 1, steps: [{ name: 'Chuyển kết quả về nơi tiếp nhận, trả cho công dân', budgetWorkingDays: 1 }] },
      ],
    });
  });

  it('relays a house permit (15 days) from Sa Rài town to its district, keeping one working day for the return', () => {
    const plan = decide('1.009994', '29954', day);
    expect(plan).toMatchObject({ competentUnitCode: '869', mode: 'relay', timeLimit: { value: 15, unit: 'days' } });
    expect(plan.legs.map((l) => l.budgetWorkingDays)).toEqual([14, 1]);
  });

  it('finds the district above a ward of a city and of a township (thị xã), in both provinces', () => {
    expect(decide('2.001458', '30010', day).competentUnitCode).toBe('866');
    expect(decide('1.001612', '30337', day).competentUnitCode).toBe('887');
    expect(decide('1.001612', '30385', day).competentUnitCode).toBe('888');
  });

  it('lets the district desk take its own procedure locally', () => {
    expect(decide('1.001612', '869', day)).toMatchObject({ competentUnitCode: '869', mode: 'local' });
  });
});

describe('competent authority and route: two-tier structure (from 1 Jul 2025)', () => {
  const day = FIRST_TWO_TIER_DAY;

  it('keeps household business registration at the commune, decided by its economy office, in one leg', () => {
    expect(decide('1.001612', '29972', day)).toEqual({
      procedureCode: '1.001612',
      competentUnitCode: '29972',
      competentUnitName: 'Xã Tân Phước',
      office: { kind: 'economy', name: 'Phòng Kinh tế xã Tân Phước' },
      mode: 'local',
      timeLimit: { value: 3, unit: 'working-days' },
      headApprovalRequired: false,
      legs: [{ fromUnitCode: '29972', toUnitCode: '29972', direction: 'forward', budgetWorkingDays: 3 }],
    });
  });

  it('relays a land change to the provincial land registration branch of the area (the remote authority after 7/2025)', () => {
    const plan = decide('2.001458', '29972', day);
    expect(plan).toMatchObject({ competentUnitCode: '869', competentUnitName: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng', mode: 'relay' });
    expect(plan.legs.map((l) => [l.fromUnitCode, l.toUnitCode, l.budgetWorkingDays])).toEqual([
      ['29972', '869', 9],
      ['869', '29972', 1],
    ]);
    expect(decide('2.001458', '30010', day).competentUnitCode).toBe('866');
    expect(decide('2.001458', '30385', day).competentUnitCode).toBe('887');
  });

  it('relays residence to the police of the commune, whose inbox is its own', () => {
    const plan = decide('1.004222', '29972', day);
    expect(plan).toMatchObject({ competentUnitCode: 'CA-29972', office: { kind: 'police', name: 'Công an xã Tân Phước' }, mode: 'relay' });
    expect(plan.legs.map((l) => l.budgetWorkingDays)).toEqual([6, 1]);
  });

  it('keeps civil status at the receiving commune with its internal steps in the single leg', () => {
    const plan = decide('1.004873', '29972', TODAY_LIKE);
    expect(plan.mode).toBe('local');
    expect(plan.legs).toEqual([
      {
        fromUnitCode: '29972',
        toUnitCode: '29972',
        direction: 'forward',
        budgetWorkingDays: 3,
        steps: [
          { name: 'Tiếp nhận, chuyển công chức tư pháp – hộ tịch', budgetWorkingDays: 0 },
          { name: 'Kiểm tra, trình Chủ tịch UBND ký', budgetWorkingDays: 2 },
          { name: 'Trả kết quả', budgetWorkingDays: 1 },
        ],
      },
    ]);
  });

  it('gives same-day procedures a zero budget and the same-day limit for the receipt', () => {
    expect(decide('2.000635', '30010', day)).toMatchObject({ mode: 'local', timeLimit: { value: 0, unit: 'same-day' }, legs: [{ budgetWorkingDays: 0 }] });
  });
});

describe('the effective-date boundary of 1 Jul 2025 (Vietnam time)', () => {
  const at = (instant: string) => {
    const day = vietnamDayOf(new Date(instant));
    return { day, plan: decide('1.001612', '29972', day) };
  };

  it('routes a dossier received at 23:59:59 on 30 Jun 2025 to the district, one received at 00:00 on 1 Jul locally', () => {
    expect(at('2025-06-30T16:59:59Z')).toMatchObject({ day: '2025-06-30', plan: { competentUnitCode: '869', mode: 'relay' } });
    expect(at('2025-06-30T17:00:00Z')).toMatchObject({ day: '2025-07-01', plan: { competentUnitCode: '29972', mode: 'local' } });
  });

  it('lets a replica holding the old version switch on its own through the versions published ahead', () => {
    const [old, current] = SAMPLE_PROCEDURES.filter((p) => p.code === '1.001612');
    const replicated: ProcedureRecord = { ...old, upcoming: [current] };
    expect(versionOn(replicated, LAST_THREE_TIER_DAY)).toBe(replicated);
    expect(versionOn(replicated, FIRST_TWO_TIER_DAY)).toBe(current);
    expect(versionOn(old, FIRST_TWO_TIER_DAY)).toBeUndefined();
  });
});

describe('received anywhere in the province (phi địa giới)', () => {
  const day = TODAY_LIKE;

  it('takes a land change for a parcel of another commune and relays it to the branch of that commune', () => {
    const plan = decide('2.001458', '29972', day, '30010');
    expect(plan).toMatchObject({ competentUnitCode: '866', mode: 'relay' });
    expect(plan.legs[0]).toMatchObject({ fromUnitCode: '29972', toUnitCode: '866' });
  });

  it('certifies a copy at any desk of the province, locally, whatever the applicant’s commune', () => {
    expect(decide('2.000815', '30010', day, '29957')).toMatchObject({ competentUnitCode: '30010', mode: 'local' });
  });

  it('refuses a procedure not on the list for an applicant of another commune, naming where to go', () => {
    expect(refusal('1.004873', '29972', day, { subjectUnitCode: '29957' })).toMatchObject({
      code: 'outside_area',
      reason: expect.stringContaining('Trung tâm Phục vụ hành chính công xã Tân Hộ Cơ'),
    });
  });

  it('stops at the province border', () => {
    expect(refusal('2.000635', '29972', day, { subjectUnitCode: '30385' }).code).toBe('outside_area');
  });
});

describe('refused at the desk, never routed into nowhere', () => {
  it('refuses a commune merged away, a hamlet (assistance point) and an agency as receiving desks', () => {
    const merged = canReceive(procedureOn('1.004873', TODAY_LIKE), unitOn('29969', LAST_THREE_TIER_DAY), unitsOn(TODAY_LIKE), TODAY_LIKE);
    expect(merged).toMatchObject({ ok: false, code: 'unit_not_in_force', field: 'unitCode', reason: 'Xã An Phước không còn hoạt động ngày 20/11/2026' });
    expect(refusal('1.004873', '29972-01', TODAY_LIKE)).toMatchObject({ code: 'not_a_desk', field: 'unitCode' });
    expect(refusal('1.004873', '869', TODAY_LIKE).code).toBe('not_a_desk');
  });

  it('refuses a commune procedure at the provincial centre, unless it is received anywhere', () => {
    expect(refusal('1.004873', '82', TODAY_LIKE)).toMatchObject({ code: 'desk_not_allowed', reason: expect.stringContaining('Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp') });
    expect(canReceive(procedureOn('2.001458', TODAY_LIKE), unitOn('82', TODAY_LIKE), unitsOn(TODAY_LIKE), TODAY_LIKE)).toMatchObject({ ok: true, addressee: { code: '82' } });
  });

  it('refuses a “district above” procedure where the structure has no district (a stale three-tier version)', () => {
    const stale = { ...procedureOn('1.001612', LAST_THREE_TIER_DAY), validTo: null };
    const result = canReceive(stale, unitOn('29972', TODAY_LIKE), unitsOn(TODAY_LIKE), TODAY_LIKE);
    expect(result).toMatchObject({ ok: false, code: 'no_competent_unit', reason: expect.stringContaining('cấp huyện') });
    expect(() => decideRoute(stale, unitOn('29972', TODAY_LIKE), unitsOn(TODAY_LIKE), TODAY_LIKE)).toThrow(RoutingError);
  });

  it('refuses a procedure whose competent office the unit does not have (no commune police)', () => {
    const withoutPolice = SAMPLE_UNITS.map((u): UnitRecord => (u.code === '29972' ? { ...u, offices: u.offices!.filter((o) => o.kind !== 'police') } : u));
    const result = canReceive(procedureOn('1.004222', TODAY_LIKE), unitsOn(TODAY_LIKE, withoutPolice).get('29972')!, unitsOn(TODAY_LIKE, withoutPolice), TODAY_LIKE);
    expect(result).toMatchObject({ ok: false, code: 'no_competent_office', reason: expect.stringContaining('Xã Tân Phước không có công an') });
  });

  it('refuses a channel the procedure excludes (marriage by post, signature certification online)', () => {
    expect(refusal('1.000894', '29972', TODAY_LIKE, { channel: 'post' })).toMatchObject({ code: 'channel_not_allowed', field: 'channel' });
    expect(refusal('2.000884', '29972', TODAY_LIKE, { channel: 'online' }).code).toBe('channel_not_allowed');
    expect(refusal('1.004222', '29972', TODAY_LIKE, { channel: 'after-hours-counter' }).code).toBe('channel_not_allowed');
    expect(canReceive(procedureOn('2.000635', TODAY_LIKE), unitOn('29972', TODAY_LIKE), unitsOn(TODAY_LIKE), TODAY_LIKE, { channel: 'after-hours-counter' }).ok).toBe(true);
  });

  it('refuses a procedure version not in force on the day', () => {
    const old = procedureOn('1.001612', LAST_THREE_TIER_DAY);
    expect(canReceive(old, unitOn('29972', TODAY_LIKE), unitsOn(TODAY_LIKE), TODAY_LIKE)).toMatchObject({ ok: false, code: 'procedure_not_in_force' });
  });
});

describe('bundles ("2 in 1")', () => {
  const procedureOf = (day: string) => (code: string) => SAMPLE_PROCEDURES.find((p) => p.code === code && p.validFrom <= day && (p.validTo ?? '9999') >= day);

  it('splits marital-status confirmation + residence into a local child and a child relayed to the commune police', () => {
    const plan = decideBundle(bundleOf('2TRONG1-XNTTHN-THUONGTRU'), procedureOf(TODAY_LIKE), unitOn('29972', TODAY_LIKE), unitsOn(TODAY_LIKE), TODAY_LIKE);
    expect(plan.children.map((c) => [c.procedureCode, c.mode, c.competentUnitCode])).toEqual([
      ['1.004873', 'local', '29972'],
      ['1.004222', 'relay', 'CA-29972'],
    ]);
    // No limit of its own: the receipt shows the longest member's.
    expect(plan.timeLimit).toEqual({ value: 7, unit: 'working-days' });
  });

  it('works the same in the three-tier structure of the seed story (An Phước, 2020)', () => {
    const plan = decideBundle(bundleOf('2TRONG1-KETHON-THUONGTRU'), procedureOf('2020-10-01'), unitOn('29969', '2020-10-01'), unitsOn('2020-10-01'), '2020-10-01');
    expect(plan.children.map((c) => c.competentUnitCode)).toEqual(['29969', 'CA-29969']);
  });

  it('uses the bundle’s own limit where the law sets one (birth + residence: 3 working days)', () => {
    const plan = decideBundle(bundleOf('LIENTHONG-KHAISINH-THUONGTRU'), procedureOf(TODAY_LIKE), unitOn('30010', TODAY_LIKE), unitsOn(TODAY_LIKE), TODAY_LIKE);
    expect(plan.timeLimit).toEqual({ value: 3, unit: 'working-days' });
    expect(plan.children).toHaveLength(2);
  });

  it('refuses the whole bundle when one member cannot be received', () => {
    expect(() => decideBundle(bundleOf('2TRONG1-XNTTHN-THUONGTRU'), procedureOf(TODAY_LIKE), unitOn('82', TODAY_LIKE), unitsOn(TODAY_LIKE), TODAY_LIKE)).toThrow(/desk_not_allowed/);
    expect(() => decideBundle(bundleOf('2TRONG1-XNTTHN-THUONGTRU'), () => undefined, unitOn('29972', TODAY_LIKE), unitsOn(TODAY_LIKE), TODAY_LIKE)).toThrow(/1\.004873/);
  });
});
