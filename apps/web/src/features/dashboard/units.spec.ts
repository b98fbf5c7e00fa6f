import type { UnitAlias, UnitRecord } from './types';
import { defaultPerspective, mayPickUnit, optionLabel, resolveAlias, unitOptions } from './units';

const unit = (code: string, name: string, type: UnitRecord['type'], parentCode: string | null): UnitRecord => ({
  code,
  name,
  type,
  parentCode,
  agencyCode: `000.00.00.${code}`,
  deskName: `Bộ phận Một cửa ${name}`,
  validFrom: '2025-07-01',
  validTo: null,
});

// The demo seed's tree (GET /api/admin/units), in the order the API lists it.
const UNITS = [
  unit('29972', 'Xã Tân Phước', 'commune', '82'),
  unit('29972-01', 'Ấp Phước Tiên', 'village', '29972'),
  unit('30010', 'Phường Cao Lãnh', 'ward', '82'),
  unit('30385', 'Xã Hiệp Xương', 'commune', '91'),
  unit('82', 'Tỉnh Đồng Tháp', 'province', null),
  unit('869', 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Tân Hồng', 'agency', '82'),
  unit('91', 'Tỉnh An Giang', 'province', null),
  unit('CA-29972', 'Công an xã Tân Phước', 'agency', '29972'),
];
const ALIASES: UnitAlias[] = [
  { code: '87', successorCode: '82', since: '2025-07-01' },
  { code: '29969', successorCode: '29972', since: '2025-07-01' },
];

describe('who picks the unit and how a report is counted by default', () => {
  it('lets province admins and auditors pick; heads and unit admins read their own unit', () => {
    expect(mayPickUnit(['province-admin'])).toBe(true);
    expect(mayPickUnit(['auditor'])).toBe(true);
    expect(mayPickUnit(['office-head'])).toBe(false);
    expect(mayPickUnit(['unit-admin'])).toBe(false);
  });

  it('counts by competence for heads and the province, by the receiving desk for a unit admin', () => {
    expect(defaultPerspective(['office-head'])).toBe('competent');
    expect(defaultPerspective(['unit-admin'])).toBe('receiving');
    expect(defaultPerspective(['province-admin'])).toBe('competent');
    expect(defaultPerspective(['auditor'])).toBe('competent');
  });
});

describe('resolveAlias', () => {
  it('follows a merger from the day it took effect', () => {
    expect(resolveAlias('87', ALIASES, '2026-11-21')).toBe('82');
    expect(resolveAlias('87', ALIASES, '2025-06-30')).toBe('87');
    expect(resolveAlias('29972', ALIASES, '2026-11-21')).toBe('29972');
  });

  it('stops on a cycle in bad data', () => {
    expect(resolveAlias('a', [{ code: 'a', successorCode: 'b', since: '2000-01-01' }, { code: 'b', successorCode: 'a', since: '2000-01-01' }], '2026-01-01')).toMatch(/^[ab]$/);
  });
});

describe('unitOptions', () => {
  it('lists a province depth first, units before agencies, without villages', () => {
    expect(unitOptions(UNITS, '82').map((o) => [o.code, o.depth])).toEqual([
      ['82', 0],
      ['30010', 1],
      ['29972', 1],
      ['CA-29972', 2],
      ['869', 1],
    ]);
  });

  it('lists every tree for an auditor, and nothing for an unknown root', () => {
    expect(unitOptions(UNITS).map((o) => o.code)).toEqual(['91', '30385', '82', '30010', '29972', 'CA-29972', '869']);
    expect(unitOptions(UNITS, '87')).toEqual([]);
  });

  it('indents the option text by depth', () => {
    expect(optionLabel({ code: 'CA-29972', name: 'Công an xã Tân Phước', depth: 2 })).toBe('\u2003\u2003Công an xã Tân Phước (CA-29972)');
  });
});
