import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Kvm } from '@nats-io/kv';
import {
  ExportCatalogue,
  ExportCatalogueCsv,
  ExportUnits,
  ImportCatalogue,
  ImportCatalogueCsv,
  ImportUnits,
  procedureKey,
  PublicCatalogue,
  ResolveUnit,
  unitAliasKey,
  unitKey,
  type ImportCatalogueBody,
  type ProcedureRecord,
  type StaffActor,
  type UnitRecord,
} from '@motcua/contracts';
import { naming, type RpcClient } from '@motcua/messaging';
import { eventually, ServiceEnvironment, failure } from '@motcua/service-testing';
import { routingService } from '../routing.service';
import { SAMPLE_PROCEDURES } from '../seed/sample-procedures';
import { SAMPLE_UNITS } from '../seed/sample-units';

const key = () => `import-${randomUUID()}`;
/** The demo province administrator: an account of Đồng Tháp 87, which became 82 on 1 Jul 2025. */
const admin: StaffActor = { staffId: 'admin.dongthap', unitCode: '87', roles: ['province-admin'] };
const clerk: StaffActor = { staffId: 'clerk.tanphuoc', unitCode: '29972', roles: ['desk-clerk'] };
/** The marital-status confirmation with a 2-working-day limit from 2027: a later version of a procedure in force. */
const nextVersion = (): ProcedureRecord => {
  const current = SAMPLE_PROCEDURES.find((p) => p.code === '1.004873')!;
  return {
    ...current,
    timeLimit: { value: 2, unit: 'working-days' },
    steps: [
      { owner: 'receiving-unit', budgetWorkingDays: 0, name: 'Tiếp nhận' },
      { owner: 'competent-unit', budgetWorkingDays: 2, name: 'Xử lý, trả kết quả' },
    ],
    validFrom: '2027-01-01',
    validTo: null,
  };
};

describe('routing: catalogue and unit tree administration', () => {
  const world = new ServiceEnvironment(routingService);
  let rpc: RpcClient;

  beforeAll(async () => {
    await world.setUp();
    await world.start();
    rpc = world.rpc();
  });
  afterAll(() => world.tearDown());

  const importJson = (body: ImportCatalogueBody, idempotencyKey = key(), actor = admin) => rpc.call(ImportCatalogue, { idempotencyKey, actor, body });
  const footprint = async () => ({
    procedures: await world.query('SELECT code, valid_from::text, valid_to::text FROM routing.procedures ORDER BY 1, 2'),
    bundles: await world.count('SELECT 1 FROM routing.bundles'),
    imports: await world.count('SELECT 1 FROM routing.reference_imports'),
  });
  const kv = () => new Kvm(world.nc).open(naming.bucket(world.prefix, 'reference'));

  describe('catalogue import (JSON)', () => {
    it('adds a later version, closes the current one the day before, replicates both to the desks, and audits it', async () => {
      const bundle = { code: 'THU-NGHIEM', name: 'Nhóm thử nghiệm', procedureCodes: ['1.004873', '1.004194'], validFrom: '2027-01-01', validTo: null };
      const idempotencyKey = key();
      const report = await importJson({ procedures: [nextVersion()], bundles: [bundle] }, idempotencyKey);
      expect(report).toEqual({ dryRun: false, inserted: ['1.004873@2027-01-01', 'THU-NGHIEM@2027-01-01'], updated: [], unchanged: 0, closed: ['1.004873@2019-01-01'] });

      const versions = await world.query("SELECT valid_from::text, valid_to::text FROM routing.procedures WHERE code = '1.004873' ORDER BY 1");
      expect(versions).toEqual([
        { valid_from: '2019-01-01', valid_to: '2026-12-31' },
        { valid_from: '2027-01-01', valid_to: null },
      ]);
      const entry = await eventually(
        async () => (await (await kv()).get(procedureKey('1.004873')))?.json<ProcedureRecord>(),
        (value) => value?.upcoming?.length === 1,
      );
      expect(entry).toMatchObject({ validTo: '2026-12-31', upcoming: [{ validFrom: '2027-01-01', timeLimit: { value: 2, unit: 'working-days' } }] });
      expect(await world.query('SELECT kind, staff_id, unit_code FROM routing.reference_imports')).toEqual([{ kind: 'catalogue', staff_id: 'admin.dongthap', unit_code: '87' }]);

      // A retry gets the same answer and changes nothing; the same key for another body is refused.
      const before = await footprint();
      expect(await importJson({ procedures: [nextVersion()], bundles: [bundle] }, idempotencyKey)).toEqual(report);
      expect(await footprint()).toEqual(before);
      expect(await failure(importJson({ procedures: [] }, idempotencyKey))).toMatchObject({ status: 409, code: 'idempotency_key_reused' });
    });

    it('only reports on a dry run', async () => {
      const before = await footprint();
      const later = { ...nextVersion(), timeLimit: { value: 1, unit: 'working-days' as const }, steps: undefined, validFrom: '2028-01-01' };
      const report = await importJson({ procedures: [later], dryRun: true });
      expect(report).toMatchObject({ dryRun: true, inserted: ['1.004873@2028-01-01'], closed: ['1.004873@2027-01-01'] });
      expect(await footprint()).toEqual(before);
    });

    it('refuses a malformed row with 400 naming the row and the field, and writes nothing', async () => {
      const before = await footprint();
      const error = await failure(importJson({ procedures: [nextVersion(), { ...nextVersion(), code: '1.000001', timeLimit: { value: 2, unit: 'weeks' } as never }] }));
      expect(error).toMatchObject({ status: 400, code: 'invalid_input' });
      expect(error.fields).toEqual([{ field: 'body.procedures.1.timeLimit.unit', reason: expect.stringContaining('phải là một trong: ') }]);

      const rule = await failure(importJson({ procedures: [{ ...nextVersion(), code: '1.000002', validFrom: '2027-02-01', timeLimit: { value: 1, unit: 'working-days' } }] }));
      expect(rule).toMatchObject({ status: 400, fields: [{ field: 'procedures[0].steps', reason: expect.stringContaining('vượt thời hạn') }] });
      expect(await footprint()).toEqual(before);
    });

    it('refuses with 422 rewriting a version in force, overlapping versions and a bundle of unknown procedures', async () => {
      const before = await footprint();
      const inForce = SAMPLE_PROCEDURES.find((p) => p.code === '1.004222')!;
      const error = await failure(
        importJson({
          procedures: [
            { ...inForce, feeVnd: 25000, fees: [{ channel: 'in-person', amountVnd: 25000 }] },
            { ...SAMPLE_PROCEDURES.find((p) => p.code === '1.004194')!, validFrom: '2020-01-01' },
          ],
          bundles: [{ code: 'SAI', name: 'Nhóm sai', procedureCodes: ['1.004222', '1.999999'], validFrom: '2027-01-01', validTo: null }],
        }),
      );
      expect(error).toMatchObject({ status: 422, code: 'catalogue_rule_broken' });
      expect(error.fields).toEqual([
        { field: 'procedures[0]', reason: expect.stringContaining('đã có hiệu lực') },
        { field: 'procedures[1].validFrom', reason: expect.stringContaining('không sửa quá khứ') },
        { field: 'bundles[0].procedureCodes[1]', reason: 'thủ tục 1.999999 không có hiệu lực ngày 01/01/2027' },
      ]);
      expect(await footprint()).toEqual(before);
    });

    it('is for province administrators only', async () => {
      expect(await failure(importJson({ procedures: [nextVersion()] }, key(), clerk))).toMatchObject({ status: 403 });
      expect(await failure(importJson({ procedures: [nextVersion()] }, key(), { ...admin, unitCode: '29972' }))).toMatchObject({ status: 403 });
    });
  });

  describe('catalogue export and CSV', () => {
    it('exports every version as CSV that imports back unchanged', async () => {
      const { filename, csv } = await rpc.call(ExportCatalogueCsv, { actor: admin, versions: 'all' });
      expect(filename).toBe('danh-muc-thu-tuc-tat-ca-phien-ban.csv');
      const all = await rpc.call(ExportCatalogue, { actor: admin, versions: 'all' });
      const report = await rpc.call(ImportCatalogueCsv, { idempotencyKey: key(), actor: admin, body: { csv } });
      expect(report).toMatchObject({ inserted: [], updated: [], closed: [], unchanged: all.procedures.length });
    });

    it('exports the versions of one day as JSON, re-importable as they are', async () => {
      const lastThreeTier = await rpc.call(ExportCatalogue, { actor: { ...clerk, roles: ['auditor'] }, on: '2025-06-30' });
      expect(lastThreeTier.procedures.find((p) => p.code === '1.001612')).toMatchObject({ competence: 'district-above-receiving-unit' });
      const report = await importJson({ procedures: lastThreeTier.procedures, bundles: lastThreeTier.bundles, dryRun: true });
      expect(report).toMatchObject({ inserted: [], updated: [], unchanged: lastThreeTier.procedures.length + lastThreeTier.bundles.length });
      expect(await failure(rpc.call(ExportCatalogue, { actor: clerk }))).toMatchObject({ status: 403 });
    });

    it('refuses a CSV with errors, listing each by spreadsheet row and column', async () => {
      const header = 'code,validFrom,name,field,competence,timeLimitValue,timeLimitUnit,documents';
      const csv = [
        header,
        '1.000010,2027-01-01,Thủ tục A,Hộ tịch,receiving-unit,3,working-days,"to-khai | Tờ khai | original | 1"',
        '1.000011,2027-01-01,Thủ tục B,Hộ tịch,receiving-unit,3,tuần,"to-khai | Tờ khai | original | 1"',
        '1.000012,2027-13-01,Thủ tục C,Hộ tịch,somewhere,3,working-days,"to-khai | Tờ khai | original | hai"',
      ].join('\n');
      const error = await failure(rpc.call(ImportCatalogueCsv, { idempotencyKey: key(), actor: admin, body: { csv } }));
      expect(error).toMatchObject({ status: 400, code: 'invalid_input' });
      expect(error.fields!.map((f) => f.field)).toEqual(['row 4.documents', 'row 3.timeLimitUnit', 'row 4.competence', 'row 4.validFrom']);
    });
  });

  describe('unit tree', () => {
    it('resolves an old code to the unit that took it over, and says when nothing did', async () => {
      const resolved = await rpc.call(ResolveUnit, { actor: admin, code: '29969' });
      expect(resolved).toMatchObject({ code: '29969', unit: { code: '29972', name: 'Xã Tân Phước' }, via: ['29969'] });
      expect(resolved.history.map((u) => [u.validFrom, u.validTo])).toEqual([['2019-01-01', '2025-06-30']]);
      expect(await rpc.call(ResolveUnit, { actor: admin, code: '29969', on: '2025-06-30' })).toMatchObject({ unit: { code: '29969', parentCode: '869' }, via: [] });
      expect(await failure(rpc.call(ResolveUnit, { actor: admin, code: '12345' }))).toMatchObject({ status: 404 });
    });

    it('keeps a desk phone with its unit version, replicates it to the desks, and refuses one that is not a phone', async () => {
      expect(await rpc.call(ResolveUnit, { actor: admin, code: '29972' })).toMatchObject({ unit: { code: '29972', deskPhone: '02773830123' } });
      const replicated = await eventually(async () => (await (await kv()).get(unitKey('29972')))?.json<UnitRecord>(), (value) => value !== undefined);
      expect(replicated).toMatchObject({ deskPhone: '02773830123' });
      const tanPhuoc = SAMPLE_UNITS.find((u) => u.code === '29972' && u.validTo === null)!;
      const error = await failure(
        rpc.call(ImportUnits, { idempotencyKey: key(), actor: admin, body: { units: [{ ...tanPhuoc, deskPhone: '+84 277 383' }], dryRun: true } }),
      );
      expect(error).toMatchObject({ status: 400 });
      expect(error.fields!.map((f) => f.field)).toEqual([expect.stringContaining('deskPhone')]);
    });

    it('imports a merger: the old commune ends, an alias points to its successor, and both are replicated', async () => {
      const today = (code: string) => SAMPLE_UNITS.find((u) => u.code === code && u.validTo === null)!;
      const units: UnitRecord[] = [
        { ...today('29957'), validTo: '2026-12-31' },
        { ...today('CA-29957'), validTo: '2026-12-31' },
        { ...today('29954'), name: 'Xã Tân Hồng', validFrom: '2027-01-01' },
      ];
      const aliases = [{ code: '29957', successorCode: '29954', since: '2027-01-01', basis: 'Nghị quyết minh họa' }];
      const report = await rpc.call(ImportUnits, { idempotencyKey: key(), actor: admin, body: { units, aliases } });
      expect(report).toEqual({
        dryRun: false,
        inserted: ['29954@2027-01-01'],
        updated: ['29957@2025-07-01', 'CA-29957@2025-07-01'],
        unchanged: 0,
        closed: ['29954@2025-07-01'],
        aliases: ['29957→29954'],
      });
      expect(await rpc.call(ResolveUnit, { actor: admin, code: '29957', on: '2027-02-01' })).toMatchObject({ unit: { code: '29954' }, via: ['29957'] });
      const alias = await eventually(async () => (await (await kv()).get(unitAliasKey('29957')))?.json(), (value) => value !== undefined);
      expect(alias).toMatchObject({ successorCode: '29954', since: '2027-01-01' });
    });

    it('refuses a unit outside the administrator’s province (403) and a broken tree (422 naming the row)', async () => {
      const hiepXuong = SAMPLE_UNITS.find((u) => u.code === '30385' && u.validTo === null)!;
      expect(await failure(rpc.call(ImportUnits, { idempotencyKey: key(), actor: admin, body: { units: [{ ...hiepXuong, validFrom: '2027-01-01' }] } }))).toMatchObject({
        status: 403,
      });
      // A file cannot widen the scope by claiming a merger of another province's unit.
      const claim = { code: '30385', successorCode: '29972', since: '2027-01-01' };
      expect(await failure(rpc.call(ImportUnits, { idempotencyKey: key(), actor: admin, body: { units: [], aliases: [claim] } }))).toMatchObject({ status: 403 });
      const orphan = { ...SAMPLE_UNITS.find((u) => u.code === '29972' && u.validTo === null)!, code: '29990', name: 'Xã Mới', parentCode: '869', validFrom: '2027-01-01' };
      const error = await failure(rpc.call(ImportUnits, { idempotencyKey: key(), actor: admin, body: { units: [orphan] } }));
      expect(error).toMatchObject({ status: 422, code: 'unit_tree_rule_broken' });
      expect(error.fields).toContainEqual({ field: 'units[0].parentCode', reason: expect.stringContaining('không thể là cấp trên') });
    });

    it('exports the tree of a day of the three-tier structure with its districts', async () => {
      const tree = await rpc.call(ExportUnits, { actor: admin, on: '2025-06-30' });
      expect(tree.units.find((u) => u.code === '869')).toMatchObject({ type: 'district', name: 'Huyện Tân Hồng' });
      expect(tree.units.some((u) => u.code === '82')).toBe(false);
      expect(tree.aliases.length).toBeGreaterThan(0);
    });
  });

  describe('public catalogue', () => {
    it('finds procedures by name without diacritics, and for one desk only what it may receive', async () => {
      const found = await rpc.call(PublicCatalogue, { search: 'ho kinh doanh' });
      expect(found.map((p) => p.code)).toEqual(['1.001612']);
      expect(found[0]).toMatchObject({ name: 'Đăng ký thành lập hộ kinh doanh', timeLimit: { value: 3, unit: 'working-days' }, fees: [{ channel: 'in-person', amountVnd: 100000 }, { channel: 'online', amountVnd: 50000 }] });

      // The provincial centre takes, of the sample, only what its own land registration office decides.
      const atProvince = await rpc.call(PublicCatalogue, { unitCode: '82' });
      expect(atProvince.map((p) => p.code)).toEqual(['2.001458']);
      const atCommune = await rpc.call(PublicCatalogue, { unitCode: '29972', field: 'Đất đai' });
      expect(atCommune.map((p) => p.code)).toEqual(['1.003003', '2.001458']);
      expect(atCommune[1].whereToSubmit).toBe('Trung tâm Phục vụ hành chính công xã Tân Phước (tiếp nhận không phụ thuộc địa giới hành chính trong tỉnh)');
      expect(await failure(rpc.call(PublicCatalogue, { unitCode: '99999' }))).toMatchObject({ status: 404 });
    });
  });
});
