import type { StaffActor } from '@motcua/contracts';
import { mayReadRegister, mayReadStatistics } from './report-access';
import { UnitTree } from './unit-tree';

const PARENTS: Record<string, string | null> = { '87': null, '869': '87', '29972': '869', '29954': '869', '866': '87', '30010': '866', '89': null };
const tree = new UnitTree((code) => PARENTS[code]);
const actor = (unitCode: string, ...roles: StaffActor['roles']): StaffActor => ({ staffId: 's', unitCode, roles });

describe('the unit tree', () => {
  it('walks up from a unit and rolls units up to the direct children of a root', () => {
    expect(tree.ancestry('29972')).toEqual(['29972', '869', '87']);
    expect(tree.within('87', ['29972', '30010', '89', '87'])).toEqual(['29972', '30010', '87']);
    expect(tree.childOf('87', '29972')).toBe('869');
    expect(tree.childOf('87', '87')).toBe('87');
    expect(tree.childOf('869', '30010')).toBeUndefined();
  });

  it('survives a cycle in bad data', () => {
    const looped = new UnitTree((code) => (code === 'a' ? 'b' : 'a'));
    expect(looped.ancestry('a')).toEqual(['a', 'b']);
  });
});

describe('who reads reports', () => {
  it('lets supervisors read their unit and what lies under it, auditors anything', () => {
    expect(mayReadStatistics(actor('87', 'province-admin'), '29972', tree)).toBe(true);
    expect(mayReadStatistics(actor('869', 'office-head'), '29972', tree)).toBe(true);
    expect(mayReadStatistics(actor('869', 'office-head'), '30010', tree)).toBe(false);
    expect(mayReadStatistics(actor('869', 'office-head'), '87', tree)).toBe(false);
    expect(mayReadStatistics(actor('87', 'auditor'), '89', tree)).toBe(true);
    expect(mayReadStatistics(actor('29972', 'desk-clerk'), '29972', tree)).toBe(false);
  });

  it("keeps a desk's register (names and addresses) to its own staff, administrators above it and auditors", () => {
    expect(mayReadRegister(actor('29972', 'desk-clerk'), '29972', tree)).toBe(true);
    expect(mayReadRegister(actor('29972', 'office-handler'), '29972', tree)).toBe(false);
    expect(mayReadRegister(actor('869', 'office-head'), '29972', tree)).toBe(false);
    expect(mayReadRegister(actor('869', 'unit-admin'), '29972', tree)).toBe(true);
    expect(mayReadRegister(actor('87', 'province-admin'), '29972', tree)).toBe(true);
    expect(mayReadRegister(actor('89', 'province-admin'), '29972', tree)).toBe(false);
    expect(mayReadRegister(actor('30010', 'desk-clerk'), '29972', tree)).toBe(false);
    expect(mayReadRegister(actor('87', 'auditor'), '29972', tree)).toBe(true);
  });

  it('lets a province administrator read the register of a desk that is their own unit', () => {
    expect(mayReadRegister(actor('87', 'province-admin'), '87', tree)).toBe(true);
    expect(mayReadRegister(actor('87', 'office-handler', 'province-admin'), '87', tree)).toBe(true);
  });
});

describe('mergers (routing aliases in the replica)', () => {
  // Two-tier today: 82 with its communes; 87 (Đồng Tháp, three-tier) merged into 82, commune 29969 into 29972.
  const TODAY: Record<string, string | null> = { '82': null, '869': '82', '29972': '82', '30010': '82', '91': null, '887': '91' };
  const ALIASES: Record<string, string> = { '87': '82', '29969': '29972', '89': '91', '888': '887', x: 'y', y: 'x' };
  const merged = new UnitTree((code) => TODAY[code], (code) => ALIASES[code]);

  it('resolves a code merged away to the unit that took it over, and leaves known and unknown codes alone', () => {
    expect(merged.current('87')).toBe('82');
    expect(merged.current('29969')).toBe('29972');
    expect(merged.current('29972')).toBe('29972');
    expect(merged.current('12345')).toBe('12345');
    expect(merged.current('x')).toBe('x');
  });

  it("rolls an old code's dossiers up through its successor", () => {
    expect(merged.ancestry('29969')).toEqual(['29969', '29972', '82']);
    expect(merged.within('82', ['29969', '29972', '87', '888'])).toEqual(['29969', '29972', '87']);
    expect(merged.childOf('82', '29969')).toBe('29972');
  });

  it('lets an account of a merged province read the merged province and its units, not another province', () => {
    expect(mayReadStatistics(actor('87', 'province-admin'), '82', merged)).toBe(true);
    expect(mayReadStatistics(actor('87', 'province-admin'), '29972', merged)).toBe(true);
    expect(mayReadStatistics(actor('87', 'office-head'), '29969', merged)).toBe(true);
    expect(mayReadStatistics(actor('87', 'province-admin'), '887', merged)).toBe(false);
    expect(mayReadStatistics(actor('89', 'province-admin'), '29972', merged)).toBe(false);
    expect(mayReadStatistics(actor('29969', 'office-head'), '30010', merged)).toBe(false);
  });

  it("lets a merged commune's desk keep the register of the desk that took it over", () => {
    expect(mayReadRegister(actor('29969', 'desk-clerk'), '29972', merged)).toBe(true);
    expect(mayReadRegister(actor('29972', 'desk-clerk'), '29969', merged)).toBe(true);
    expect(mayReadRegister(actor('29969', 'desk-clerk'), '30010', merged)).toBe(false);
    expect(mayReadRegister(actor('87', 'province-admin'), '29972', merged)).toBe(true);
    expect(mayReadRegister(actor('89', 'province-admin'), '29972', merged)).toBe(false);
  });
});
