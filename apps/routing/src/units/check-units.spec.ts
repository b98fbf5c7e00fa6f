import type { UnitRecord } from '@motcua/contracts';
import { SAMPLE_UNITS } from '../__tests__/seed-world';
import { checkTree, checkUnit } from './check-units';

const unit = (over: Partial<UnitRecord>): UnitRecord => ({
  code: '29999',
  name: 'Xã Mới',
  type: 'commune',
  level: 'commune',
  parentCode: '82',
  agencyCode: '000.99.82.H20',
  deskName: 'Trung tâm Phục vụ hành chính công xã Mới',
  validFrom: '2027-01-01',
  validTo: null,
  ...over,
});
const tree = (row: UnitRecord, aliases: Parameters<typeof checkTree>[2] = []) => checkTree([...SAMPLE_UNITS, row], [{ row: 'units[0]', unit: row }], aliases);

describe('unit tree rules', () => {
  it('accepts a new commune under the two-tier province', () => {
    expect(checkUnit(unit({}))).toEqual([]);
    expect(tree(unit({}))).toEqual([]);
  });

  it('names the row and the field: own rules', () => {
    expect(checkUnit(unit({ parentCode: null })).map((p) => p.field)).toEqual(['parentCode']);
    expect(checkUnit(unit({ type: 'province', level: 'province' })).map((p) => p.field)).toEqual(['parentCode']);
    expect(checkUnit(unit({ validTo: '2026-01-01' })).map((p) => p.field)).toEqual(['validTo']);
    expect(checkUnit(unit({ deskName: '', offices: [{ kind: 'one-stop-desk', name: 'Bộ phận' }] })).map((p) => p.field)).toEqual(['deskName']);
  });

  it('refuses a parent that is not in force, not above, or a broken chain', () => {
    expect(tree(unit({ parentCode: '87' }))).toEqual([{ field: 'units[0].parentCode', reason: 'đơn vị cấp trên 87 không có hiệu lực ngày 01/01/2027' }]);
    expect(tree(unit({ parentCode: '29972' }))).toEqual([{ field: 'units[0].parentCode', reason: expect.stringContaining('không thể là cấp trên') }]);
    expect(tree(unit({ offices: [{ kind: 'police', name: 'Công an', unitCode: 'CA-99999' }] }))).toEqual([
      { field: 'units[0].offices[0].unitCode', reason: 'cơ quan CA-99999 không có hiệu lực ngày 01/01/2027' },
    ]);
  });

  it('checks aliases: the old code has ended, the successor is in force', () => {
    const row = unit({});
    expect(tree(row, [{ row: 'aliases[0]', alias: { code: '29957', successorCode: '29999', since: '2027-01-01' } }])).toEqual([
      { field: 'aliases[0].since', reason: expect.stringContaining('vẫn còn hiệu lực') },
    ]);
    expect(tree(row, [{ row: 'aliases[0]', alias: { code: '29969', successorCode: '29999', since: '2026-01-01' } }])).toEqual([
      { field: 'aliases[0].successorCode', reason: 'đơn vị 29999 không có hiệu lực ngày 01/01/2026' },
    ]);
  });
});
