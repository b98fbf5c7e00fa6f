import type { UnitAlias, UnitOffice, UnitRecord } from '@motcua/contracts';

/**
 * Units of the seed stories in both structures, as data (DOMAIN.md §0, §7):
 * - three-tier, 1 Jan 2019 – 30 Jun 2025: provinces Đồng Tháp (87) and An Giang (89), their districts, communes;
 * - two-tier, from 1 Jul 2025: the merged provinces (Đồng Tháp 82, An Giang 91) directly above the communes; merged
 *   communes kept as aliases; the former district codes 866, 869 and 887 kept as keys of the provincial land
 *   registration branches that took over their area (so the demo's office accounts keep their unit).
 * Codes, agency identifiers and the commune mergers are illustrative placeholders in the official shapes, not the
 * official lists or resolutions: a province loads its own through the import.
 */
const THREE_TIER = { validFrom: '2019-01-01', validTo: '2025-06-30' };
const TWO_TIER = { validFrom: '2025-07-01', validTo: null };
const BOTH = { validFrom: '2019-01-01', validTo: null };
type Era = { validFrom: string; validTo: string | null };

const desk = (name: string): UnitOffice => ({ kind: 'one-stop-desk', name });

function province(code: string, name: string, agencyCode: string, era: Era, offices: UnitOffice[]): UnitRecord {
  const deskName = `Trung tâm Phục vụ hành chính công ${name.replace('Tỉnh', 'tỉnh')}`;
  return { code, name, type: 'province', level: 'province', parentCode: null, agencyCode, deskName, offices: [desk(deskName), ...offices], ...era };
}

/** A district-level unit of the three-tier structure, with its own specialist offices. */
function district(code: string, name: string, type: UnitRecord['type'], parentCode: string, agencyCode: string, short: string): UnitRecord {
  const deskName = `Bộ phận Một cửa ${short}`;
  return {
    code,
    name,
    type,
    level: 'district',
    parentCode,
    agencyCode,
    deskName,
    offices: [
      desk(deskName),
      { kind: 'people-committee', name: `Ủy ban nhân dân ${short}` },
      { kind: 'economy', name: `Phòng Tài chính – Kế hoạch ${short}` },
      { kind: 'construction', name: `Phòng Kinh tế và Hạ tầng ${short}` },
      { kind: 'land-registration', name: `Chi nhánh Văn phòng Đăng ký đất đai ${short}` },
    ],
    ...THREE_TIER,
  };
}

/** A commune-level unit; `land` is the branch serving it in the two-tier structure (in three tiers: the district). */
function commune(code: string, name: string, type: UnitRecord['type'], parentCode: string, agencyCode: string, era: Era, land?: UnitOffice): UnitRecord {
  const short = name.replace(/^(Xã|Phường|Thị trấn)/, (m) => m.toLowerCase());
  const deskName = era.validTo === null ? `Trung tâm Phục vụ hành chính công ${short}` : `Bộ phận Một cửa ${short}`;
  const offices: UnitOffice[] = [
    desk(deskName),
    { kind: 'people-committee', name: `Ủy ban nhân dân ${short}` },
    { kind: 'justice', name: `Công chức Tư pháp – Hộ tịch ${short}` },
    { kind: 'police', name: `Công an ${short}`, unitCode: `CA-${code}` },
  ];
  // Since 1 Jul 2025 the commune registers household businesses and issues house building permits itself.
  if (era.validTo === null) offices.push({ kind: 'economy', name: `Phòng Kinh tế ${short}` }, { kind: 'construction', name: `Phòng Kinh tế ${short}` });
  if (land) offices.push(land);
  return { code, name, type, level: 'commune', parentCode, agencyCode, deskName, offices, ...era };
}

const police = (c: UnitRecord): UnitRecord => ({
  code: `CA-${c.code}`,
  name: `Công an ${c.name.replace(/^(Xã|Phường|Thị trấn)/, (m) => m.toLowerCase())}`,
  type: 'agency',
  level: 'agency',
  parentCode: c.code,
  agencyCode: `${c.agencyCode}.CA`,
  deskName: '',
  validFrom: c.validFrom,
  validTo: c.validTo,
});

const branch = (code: string, area: string, parentCode: string, agencyCode: string): UnitRecord => ({
  code,
  name: `Chi nhánh Văn phòng Đăng ký đất đai khu vực ${area}`,
  type: 'agency',
  level: 'agency',
  parentCode,
  agencyCode,
  deskName: '',
  ...TWO_TIER,
});
const landOffice = (code: string, area: string): UnitOffice => ({ kind: 'land-registration', name: `Chi nhánh Văn phòng Đăng ký đất đai khu vực ${area}`, unitCode: code });

const village = (code: string, name: string, parentCode: string): UnitRecord => ({
  code,
  name,
  type: 'village',
  level: 'village',
  parentCode,
  agencyCode: `${code}.AP`,
  deskName: '',
  ...BOTH,
});

const provincialLand = (name: string): UnitOffice => ({ kind: 'land-registration', name: `Văn phòng Đăng ký đất đai ${name}` });

const THREE_TIER_COMMUNES: UnitRecord[] = [
  commune('30001', 'Phường 2', 'ward', '866', '000.01.66.H20', THREE_TIER),
  commune('30010', 'Phường Hòa Thuận', 'ward', '866', '000.10.66.H20', THREE_TIER),
  commune('30013', 'Phường Mỹ Phú', 'ward', '866', '000.13.66.H20', THREE_TIER),
  commune('29954', 'Thị trấn Sa Rài', 'town', '869', '000.54.69.H20', THREE_TIER),
  commune('29957', 'Xã Tân Hộ Cơ', 'commune', '869', '000.57.69.H20', THREE_TIER),
  commune('29960', 'Xã Tân Thành A', 'commune', '869', '000.60.69.H20', THREE_TIER),
  commune('29966', 'Xã Tân Công Chí', 'commune', '869', '000.66.69.H20', THREE_TIER),
  commune('29969', 'Xã An Phước', 'commune', '869', '000.69.69.H20', THREE_TIER),
  commune('29972', 'Xã Tân Phước', 'commune', '869', '000.72.69.H20', THREE_TIER),
  commune('30337', 'Phường Long Sơn', 'ward', '887', '000.37.87.H01', THREE_TIER),
  commune('30385', 'Xã Hiệp Xương', 'commune', '888', '000.85.88.H01', THREE_TIER),
];

const TWO_TIER_COMMUNES: UnitRecord[] = [
  commune('30010', 'Phường Cao Lãnh', 'ward', '82', '000.10.66.H20', TWO_TIER, landOffice('866', 'Cao Lãnh')),
  commune('29954', 'Xã Tân Hồng', 'commune', '82', '000.54.69.H20', TWO_TIER, landOffice('869', 'Tân Hồng')),
  commune('29957', 'Xã Tân Hộ Cơ', 'commune', '82', '000.57.69.H20', TWO_TIER, landOffice('869', 'Tân Hồng')),
  { ...commune('29972', 'Xã Tân Phước', 'commune', '82', '000.72.69.H20', TWO_TIER, landOffice('869', 'Tân Hồng')), deskPhone: '02773830123' },
  commune('30337', 'Phường Long Sơn', 'ward', '91', '000.37.87.H01', TWO_TIER, landOffice('887', 'Tân Châu')),
  commune('30385', 'Xã Hiệp Xương', 'commune', '91', '000.85.88.H01', TWO_TIER, landOffice('887', 'Tân Châu')),
];

export const SAMPLE_UNITS: UnitRecord[] = [
  // Three-tier structure, until 30 Jun 2025.
  province('87', 'Tỉnh Đồng Tháp', '000.00.00.H20', THREE_TIER, [provincialLand('tỉnh Đồng Tháp')]),
  district('866', 'Thành phố Cao Lãnh', 'city', '87', '000.00.66.H20', 'thành phố Cao Lãnh'),
  district('869', 'Huyện Tân Hồng', 'district', '87', '000.00.69.H20', 'huyện Tân Hồng'),
  province('89', 'Tỉnh An Giang', '000.00.00.H01', THREE_TIER, [provincialLand('tỉnh An Giang')]),
  district('887', 'Thị xã Tân Châu', 'township', '89', '000.00.87.H01', 'thị xã Tân Châu'),
  district('888', 'Huyện Phú Tân', 'district', '89', '000.00.88.H01', 'huyện Phú Tân'),
  ...THREE_TIER_COMMUNES,
  // Two-tier structure, from 1 Jul 2025.
  province('82', 'Tỉnh Đồng Tháp', '000.00.00.H20', TWO_TIER, [provincialLand('tỉnh Đồng Tháp')]),
  province('91', 'Tỉnh An Giang', '000.00.00.H01', TWO_TIER, [provincialLand('tỉnh An Giang')]),
  branch('866', 'Cao Lãnh', '82', '000.00.66.H20'),
  branch('869', 'Tân Hồng', '82', '000.00.69.H20'),
  branch('887', 'Tân Châu', '91', '000.00.87.H01'),
  ...TWO_TIER_COMMUNES,
  // Commune police (their own inbox), and hamlets: assistance points, never receiving desks.
  ...[...THREE_TIER_COMMUNES, ...TWO_TIER_COMMUNES].map(police),
  village('29972-01', 'Ấp Phước Tiên', '29972'),
  village('30385-01', 'Ấp Hiệp Hòa', '30385'),
];

/** Commune mergers of the sample (illustrative): merged code → the commune that took it over. */
const COMMUNE_MERGERS: [string, string][] = [
  ['30001', '30010'],
  ['30013', '30010'],
  ['29960', '29954'],
  ['29966', '29954'],
  ['29969', '29972'],
];

/** Mergers of 1 Jul 2025: old codes on old dossiers resolve to the unit that took them over. */
const merged = (code: string, successorCode: string, basis: string): UnitAlias => ({ code, successorCode, since: '2025-07-01', basis });
export const SAMPLE_ALIASES: UnitAlias[] = [
  merged('87', '82', 'Nghị quyết 202/2025/QH15 (sắp xếp đơn vị hành chính cấp tỉnh)'),
  merged('89', '91', 'Nghị quyết 202/2025/QH15 (sắp xếp đơn vị hành chính cấp tỉnh)'),
  merged('888', '887', 'Luật 72/2025/QH15: chấm dứt cấp huyện; việc đất đai chuyển chi nhánh khu vực Tân Châu (minh họa)'),
  ...COMMUNE_MERGERS.map(([code, successor]) => merged(code, successor, 'Sáp nhập đơn vị hành chính cấp xã (minh họa)')),
  ...COMMUNE_MERGERS.map(([code, successor]) => merged(`CA-${code}`, `CA-${successor}`, 'Sáp nhập công an cấp xã theo đơn vị hành chính (minh họa)')),
];
